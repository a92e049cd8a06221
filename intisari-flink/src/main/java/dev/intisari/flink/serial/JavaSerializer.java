package dev.intisari.flink.serial;

import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Mutable state objects of the core's stateful stages ({@code DuplicateState}, {@code ClusterState}, kept
 * together in a {@code GroupingState}) with Java serialization, which keeps their object graph (a story is
 * shared by the window, the index and its members) intact. Used only for checkpoints, so its cost is paid
 * once per checkpoint, not per record.
 */
public final class JavaSerializer<T extends Serializable> extends BytesSerializer<T> {
    private static final long serialVersionUID = 1L;

    public JavaSerializer(Class<T> type) {
        super(type);
    }

    @Override
    byte[] encode(T value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    @Override
    T decode(byte[] bytes) throws IOException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            protected Class<?> resolveClass(java.io.ObjectStreamClass desc) throws IOException, ClassNotFoundException {
                return Class.forName(desc.getName(), false, type.getClassLoader());
            }
        }) {
            return type.cast(in.readObject());
        } catch (ClassNotFoundException e) {
            throw new IOException("state written by another version of the job: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isImmutableType() {
        return false;
    }

    @Override
    public T copy(T from) {
        if (from == null) {
            return null;
        }
        try {
            return decode(encode(from));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public TypeSerializer<T> duplicate() {
        return this;
    }

    @Override
    public TypeSerializerSnapshot<T> snapshotConfiguration() {
        return new ClassSnapshot<>(type, true);
    }
}
