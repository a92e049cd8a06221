package dev.intisari.flink.serial;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;

import java.io.IOException;

/**
 * Immutable records (the model's {@code RawArticle}, {@code Article}, {@code Story} and this module's
 * messages) as JSON: record components by field, rebuilt through the canonical constructor, so the
 * records' own validation runs again on the way in.
 */
public final class JsonSerializer<T> extends BytesSerializer<T> {
    private static final long serialVersionUID = 1L;
    private transient ObjectMapper json;

    public JsonSerializer(Class<T> type) {
        super(type);
    }

    static ObjectMapper mapper() {
        return new ObjectMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    private ObjectMapper json() {
        if (json == null) {
            json = mapper();
        }
        return json;
    }

    @Override
    byte[] encode(T value) throws IOException {
        return json().writeValueAsBytes(value);
    }

    @Override
    T decode(byte[] bytes) throws IOException {
        return json().readValue(bytes, type);
    }

    @Override
    public boolean isImmutableType() {
        return true;
    }

    @Override
    public T copy(T from) {
        return from;
    }

    @Override
    public TypeSerializer<T> duplicate() {
        return new JsonSerializer<>(type);
    }

    @Override
    public TypeSerializerSnapshot<T> snapshotConfiguration() {
        return new ClassSnapshot<>(type, false);
    }
}
