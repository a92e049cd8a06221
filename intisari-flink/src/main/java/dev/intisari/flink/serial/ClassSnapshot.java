package dev.intisari.flink.serial;

import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

import java.io.IOException;
import java.io.Serializable;

/** What a checkpoint records of a {@link JsonSerializer} or {@link JavaSerializer}: the kind and the class. */
public final class ClassSnapshot<T> implements TypeSerializerSnapshot<T> {
    private Class<T> type;
    private boolean java;

    /** For Flink, which restores snapshots reflectively. */
    public ClassSnapshot() {
    }

    ClassSnapshot(Class<T> type, boolean java) {
        this.type = type;
        this.java = java;
    }

    @Override
    public int getCurrentVersion() {
        return 1;
    }

    @Override
    public void writeSnapshot(DataOutputView out) throws IOException {
        out.writeBoolean(java);
        out.writeUTF(type.getName());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void readSnapshot(int readVersion, DataInputView in, ClassLoader loader) throws IOException {
        java = in.readBoolean();
        try {
            type = (Class<T>) Class.forName(in.readUTF(), false, loader);
        } catch (ClassNotFoundException e) {
            throw new IOException(e);
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public TypeSerializer<T> restoreSerializer() {
        return java ? new JavaSerializer(type.asSubclass(Serializable.class)) : new JsonSerializer<>(type);
    }

    @Override
    public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(TypeSerializerSnapshot<T> old) {
        return old instanceof ClassSnapshot<T> o && o.java == java && o.type == type
                ? TypeSerializerSchemaCompatibility.compatibleAsIs()
                : TypeSerializerSchemaCompatibility.incompatible();
    }
}
