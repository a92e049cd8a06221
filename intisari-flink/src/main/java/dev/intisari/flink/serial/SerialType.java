package dev.intisari.flink.serial;

import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

import java.io.Serializable;
import java.util.function.Supplier;

/** Flink type information for values written by one of this package's serializers. */
public final class SerialType<T> extends TypeInformation<T> {
    private static final long serialVersionUID = 1L;
    private final Class<T> type;
    private final boolean java;

    private SerialType(Class<T> type, boolean java) {
        this.type = type;
        this.java = java;
    }

    /** An immutable record, as JSON. */
    public static <T> SerialType<T> json(Class<T> type) {
        return new SerialType<>(type, false);
    }

    /** A mutable state object, by Java serialization. */
    public static <T extends Serializable> SerialType<T> java(Class<T> type) {
        return new SerialType<>(type, true);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        Supplier<TypeSerializer<T>> make = java
                ? () -> new JavaSerializer(type.asSubclass(Serializable.class))
                : () -> new JsonSerializer<>(type);
        return make.get();
    }

    @Override
    @Deprecated
    public TypeSerializer<T> createSerializer(ExecutionConfig config) {
        return createSerializer(config.getSerializerConfig());
    }

    @Override
    public boolean isBasicType() {
        return false;
    }

    @Override
    public boolean isTupleType() {
        return false;
    }

    @Override
    public int getArity() {
        return 1;
    }

    @Override
    public int getTotalFields() {
        return 1;
    }

    @Override
    public Class<T> getTypeClass() {
        return type;
    }

    @Override
    public boolean isKeyType() {
        return false;
    }

    @Override
    public String toString() {
        return (java ? "Java" : "Json") + "<" + type.getSimpleName() + ">";
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof SerialType<?> o && o.type == type && o.java == java;
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 2 + (java ? 1 : 0);
    }

    @Override
    public boolean canEqual(Object obj) {
        return obj instanceof SerialType;
    }
}
