package dev.intisari.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * A state object kept in the database as one compressed Java-serialised value. Reading back accepts only the
 * JDK's and Intisari's own classes; a value that no longer reads (the classes changed, or the object refuses
 * to read back) is absent, never an error: the caller rebuilds what it held.
 */
final class SerialBlob {
    private SerialBlob() {
    }

    static byte[] write(Serializable value, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try (ObjectOutputStream o = new ObjectOutputStream(new DeflaterOutputStream(out,
                new Deflater(Deflater.BEST_SPEED), 1 << 16))) {
            o.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("serialising the " + what, e);
        }
        return out.toByteArray();
    }

    /** The value in {@code bytes} when it reads back as a {@code type}, else null. */
    static <T> T read(byte[] bytes, Class<T> type) {
        try (ObjectInputStream in = new ObjectInputStream(new InflaterInputStream(new ByteArrayInputStream(bytes),
                new Inflater(), 1 << 16))) {
            in.setObjectInputFilter(SerialBlob::allowed);
            Object value = in.readObject();
            return type.isInstance(value) ? type.cast(value) : null;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null;
        }
    }

    /** Only the JDK's and Intisari's own classes are read back. */
    private static ObjectInputFilter.Status allowed(ObjectInputFilter.FilterInfo info) {
        Class<?> c = info.serialClass();
        while (c != null && c.isArray()) {
            c = c.getComponentType();
        }
        if (c == null || c.isPrimitive() || c.getName().startsWith("java.") || c.getName().startsWith("dev.intisari.")) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        return ObjectInputFilter.Status.REJECTED;
    }
}
