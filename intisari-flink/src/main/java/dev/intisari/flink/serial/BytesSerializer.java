package dev.intisari.flink.serial;

import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

import java.io.IOException;

/**
 * A Flink serializer that writes a value as one length-prefixed block of bytes, with the encoding left to the
 * subclass. Used instead of Flink's Kryo fallback, which cannot rebuild immutable lists or records.
 */
abstract class BytesSerializer<T> extends TypeSerializer<T> {
    private static final long serialVersionUID = 1L;

    final Class<T> type;

    BytesSerializer(Class<T> type) {
        this.type = type;
    }

    abstract byte[] encode(T value) throws IOException;

    abstract T decode(byte[] bytes) throws IOException;

    @Override
    public T createInstance() {
        return null;
    }

    @Override
    public T copy(T from, T reuse) {
        return copy(from);
    }

    @Override
    public int getLength() {
        return -1;
    }

    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        byte[] bytes = encode(record);
        target.writeInt(bytes.length);
        target.write(bytes);
    }

    @Override
    public T deserialize(DataInputView source) throws IOException {
        byte[] bytes = new byte[source.readInt()];
        source.readFully(bytes);
        return decode(bytes);
    }

    @Override
    public T deserialize(T reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        int length = source.readInt();
        target.writeInt(length);
        target.write(source, length);
    }

    @Override
    public boolean equals(Object obj) {
        return obj != null && obj.getClass() == getClass() && ((BytesSerializer<?>) obj).type == type;
    }

    @Override
    public int hashCode() {
        return getClass().hashCode() * 31 + type.hashCode();
    }
}
