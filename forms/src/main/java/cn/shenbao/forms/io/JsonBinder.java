package cn.shenbao.forms.io;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the records and classes of form definitions and print layouts from JSON, as Jackson's data binding did for
 * them, with the few annotations they use: records by their canonical constructor, other classes by the constructor
 * marked {@link JsonCreator} with {@link JsonProperty} names, {@link JsonAnySetter} for open parameter lists, and
 * {@link JsonTypeInfo}/{@link JsonSubTypes} (by name) for the kinds of layout parts. A property the class does not
 * know is an error (as {@code FAIL_ON_UNKNOWN_PROPERTIES}), naming it and its line; values without a declared type
 * become {@code String}, {@code Integer}/{@code Long}, {@code Double}, {@code Boolean}, {@code List} and
 * {@code LinkedHashMap}, as Jackson makes them.
 *
 * <p>Why not Jackson's {@code ObjectMapper}: making the first one costs ≈ 0.2 s of CPU in a fresh process, and
 * looking at each class by its reflection-heavy introspection as much again — the largest part of a cold
 * {@code shenbao validate} (issue 15, docs/benchmarks.md). {@code JsonBinderTest} checks that every built-in
 * definition and layout reads the same as with Jackson.
 */
public final class JsonBinder {
    /** What kind of mistake a {@link BindException} reports. */
    public enum Problem {
        /** A key the class does not have ({@link BindException#name()}; {@link BindException#known()} lists them). */
        UNKNOWN_KEY,
        /** A kind of part ({@code "type"}) that is not one of the subtypes ({@link BindException#name()}). */
        UNKNOWN_TYPE,
        /** A value of the wrong kind, or refused by the class it makes. */
        BAD_VALUE
    }

    /** A value that does not fit the type it is read as; carries the place in the file (line, and JSON path). */
    public static final class BindException extends JsonProcessingException {
        private static final long serialVersionUID = 1L;
        private final Problem problem;
        private final String path;
        private final String name;
        private final List<String> known;

        BindException(Problem problem, String message, JsonLocation at, String path, String name, List<String> known,
                      Throwable cause) {
            super(message, at, cause);
            this.problem = problem;
            this.path = path;
            this.name = name;
            this.known = known;
        }

        public Problem problem() {
            return problem;
        }

        /** Where in the file: {@code parts[2].rows[0].cells[0]}, or {@code /} for the top. */
        public String path() {
            return path;
        }

        /** The unknown key or type id; null for other problems. */
        public String name() {
            return name;
        }

        /** The keys the object could have (for {@link Problem#UNKNOWN_KEY}), else empty. */
        public List<String> known() {
            return known;
        }
    }

    /**
     * How a class is made: from an object by {@code constructor} with the values of {@code names}; from any other
     * value (an array: a paragraph given as its pieces) by a static {@code delegating} factory, when it has one.
     */
    private record Creator(Constructor<?> constructor, String[] names, Type[] types, Method anySetter,
                           boolean ignoreUnknown, Method delegating) {
    }

    private static final Map<Class<?>, Creator> CREATORS = new ConcurrentHashMap<>();

    private final boolean failOnNullForPrimitives;
    private JsonTrees.Located located;
    /** The keys (String) and indexes (Integer) leading to the value being read. */
    private final List<Object> path = new ArrayList<>();

    private JsonBinder(boolean failOnNullForPrimitives) {
        this.failOnNullForPrimitives = failOnNullForPrimitives;
    }

    /**
     * Reads {@code json} as a {@code type}.
     *
     * @param failOnNullForPrimitives a {@code null} for an {@code int}, {@code float} or {@code boolean} is an error
     *                                (otherwise 0 or false)
     * @throws JsonProcessingException for text that is not JSON or does not fit the type, with its location
     */
    public static <T> T read(byte[] json, Class<T> type, boolean failOnNullForPrimitives) throws IOException {
        JsonBinder b = new JsonBinder(failOnNullForPrimitives);
        b.located = JsonTrees.readLocated(json);
        return type.cast(b.value(b.located.root(), type, b.located.location(b.located.root())));
    }

    /** Finds now how each of these classes is made (reflection), e.g. on a second thread while other work runs. */
    public static void prepare(Class<?>... types) {
        for (Class<?> c : types) {
            creator(c);
        }
    }

    // ---------------------------------------------------------------- values

    private Object value(JsonNode n, Type t, JsonLocation at) throws IOException {
        if (t instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            Type[] args = pt.getActualTypeArguments();
            if (n == null || n.isNull()) {
                return null;
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map(n, args[1], at);
            }
            if (Collection.class.isAssignableFrom(raw)) {
                return collection(n, raw, args[0], at);
            }
            return value(n, raw, at);
        }
        Class<?> c = (Class<?>) t;
        if (n == null || n.isNull() || n.isMissingNode()) {
            if (c.isPrimitive()) {
                if (n != null && n.isNull() && failOnNullForPrimitives) {
                    throw fail(at, "Cannot map `null` into type " + c.getName(), null);
                }
                return c == boolean.class ? Boolean.FALSE : c == float.class ? 0f : c == double.class ? 0d
                        : c == long.class ? 0L : 0;
            }
            return null;
        }
        if (c == String.class) {
            if (n.isValueNode()) {
                return n.asText();
            }
            throw mismatch(n, c, at);
        }
        if (c == int.class || c == Integer.class) {
            return (int) integral(n, c, at, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (c == long.class || c == Long.class) {
            return integral(n, c, at, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (c == double.class || c == Double.class) {
            return fraction(n, c, at);
        }
        if (c == float.class || c == Float.class) {
            return (float) fraction(n, c, at);
        }
        if (c == boolean.class || c == Boolean.class) {
            if (n.isBoolean()) {
                return n.booleanValue();
            }
            if (n.isTextual() && (n.textValue().equals("true") || n.textValue().equals("false"))) {
                return Boolean.valueOf(n.textValue());
            }
            throw mismatch(n, c, at);
        }
        if (c.isEnum()) {
            if (n.isTextual()) {
                for (Object e : c.getEnumConstants()) {
                    if (((Enum<?>) e).name().equals(n.textValue())) {
                        return e;
                    }
                }
                throw fail(at, "Cannot deserialize value of type `" + c.getName() + "` from String \""
                        + n.textValue() + "\": not one of the values accepted for Enum class: "
                        + List.of(c.getEnumConstants()), null);
            }
            throw mismatch(n, c, at);
        }
        if (c == Object.class) {
            return untyped(n);
        }
        if (JsonNode.class.isAssignableFrom(c)) {
            return n;
        }
        if (Map.class.isAssignableFrom(c)) {
            return map(n, Object.class, at);
        }
        if (Collection.class.isAssignableFrom(c)) {
            return collection(n, c, Object.class, at);
        }
        JsonTypeInfo info = c.getAnnotation(JsonTypeInfo.class);
        if (info != null) {
            return polymorphic(n, c, info, at);
        }
        return object(n, c, at, null);
    }

    private long integral(JsonNode n, Class<?> c, JsonLocation at, long min, long max) throws IOException {
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            long v = n.longValue();
            if (v >= min && v <= max) {
                return v;
            }
            throw fail(at, "Numeric value (" + n.asText() + ") out of range of " + c.getSimpleName(), null);
        }
        if (n.isFloatingPointNumber()) {
            return (long) n.doubleValue();
        }
        if (n.isTextual()) {
            try {
                long v = Long.parseLong(n.textValue().trim());
                if (v >= min && v <= max) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw mismatch(n, c, at);
    }

    private double fraction(JsonNode n, Class<?> c, JsonLocation at) throws IOException {
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isTextual()) {
            try {
                return Double.parseDouble(n.textValue().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw mismatch(n, c, at);
    }

    private Object map(JsonNode n, Type valueType, JsonLocation at) throws IOException {
        if (!n.isObject()) {
            throw mismatch(n, Map.class, at);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            path.add(e.getKey());
            out.put(e.getKey(), value(e.getValue(), valueType, located.location(n, e.getKey())));
            path.remove(path.size() - 1);
        }
        return out;
    }

    private Object collection(JsonNode n, Class<?> raw, Type elementType, JsonLocation at) throws IOException {
        if (!n.isArray()) {
            throw mismatch(n, raw, at);
        }
        Collection<Object> out = Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>() : new ArrayList<>();
        int i = 0;
        for (JsonNode e : n) {
            path.add(i++);
            out.add(value(e, elementType, located.location(e, at)));
            path.remove(path.size() - 1);
        }
        return out;
    }

    /** A value of no declared type, as Jackson's untyped reading makes it. */
    static Object untyped(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        if (n.isIntegralNumber()) {
            if (n.canConvertToInt()) {
                return n.intValue();
            }
            if (n.canConvertToLong()) {
                return n.longValue();
            }
            return n.bigIntegerValue();
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isArray()) {
            List<Object> out = new ArrayList<>();
            for (JsonNode e : n) {
                out.add(untyped(e));
            }
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            out.put(e.getKey(), untyped(e.getValue()));
        }
        return out;
    }

    // ---------------------------------------------------------------- objects

    private Object polymorphic(JsonNode n, Class<?> base, JsonTypeInfo info, JsonLocation at) throws IOException {
        if (info.use() != JsonTypeInfo.Id.NAME) {
            throw new IllegalStateException("JsonBinder: only type names are supported, on " + base.getName());
        }
        String property = info.property().isEmpty() ? "@type" : info.property();
        if (!n.isObject()) {
            throw mismatch(n, base, at);
        }
        JsonNode id = n.get(property);
        Map<String, Class<?>> known = new LinkedHashMap<>();
        JsonSubTypes subs = base.getAnnotation(JsonSubTypes.class);
        if (subs != null) {
            for (JsonSubTypes.Type s : subs.value()) {
                String name = !s.name().isEmpty() ? s.name()
                        : s.value().getAnnotation(JsonTypeName.class) != null
                                ? s.value().getAnnotation(JsonTypeName.class).value() : s.value().getSimpleName();
                known.put(name, s.value());
            }
        }
        if (id == null || !id.isTextual()) {
            throw fail(at, "Could not resolve subtype of " + base.getName() + ": missing type id property '"
                    + property + "'", null);
        }
        Class<?> sub = known.get(id.textValue());
        if (sub == null) {
            throw new BindException(Problem.UNKNOWN_TYPE, "Could not resolve type id '" + id.textValue()
                    + "' as a subtype of " + base.getName() + ": known type ids = " + known.keySet(),
                    located.location(n, property), pathString(), id.textValue(), List.of(), null);
        }
        return object(n, sub, at, property);
    }

    private Object object(JsonNode n, Class<?> c, JsonLocation at, String typeProperty) throws IOException {
        Creator cr = creator(c);
        if (!n.isObject()) {
            if (cr.delegating() == null) {
                throw mismatch(n, c, at);
            }
            Object arg = value(n, cr.delegating().getGenericParameterTypes()[0], at);
            return make(c, at, () -> cr.delegating().invoke(null, arg));
        }
        Object[] args = new Object[cr.names().length];
        boolean[] given = new boolean[args.length];
        List<Map.Entry<String, JsonNode>> extra = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String name = e.getKey();
            if (name.equals(typeProperty)) {
                continue;
            }
            int i = indexOf(cr.names(), name);
            JsonLocation where = located.location(n, name);
            if (i >= 0) {
                path.add(name);
                args[i] = value(e.getValue(), cr.types()[i], where);
                path.remove(path.size() - 1);
                given[i] = true;
            } else if (cr.anySetter() != null) {
                extra.add(e);
            } else if (!cr.ignoreUnknown()) {
                throw new BindException(Problem.UNKNOWN_KEY, "Unrecognized field \"" + name + "\" (class "
                        + c.getName() + "), not marked as ignorable (" + cr.names().length + " known properties: "
                        + String.join(", ", cr.names()) + ")", where, pathString(), name, List.of(cr.names()), null);
            }
        }
        for (int i = 0; i < args.length; i++) {
            if (!given[i]) {
                if (failOnNullForPrimitives && cr.types()[i] instanceof Class<?> k && k.isPrimitive()) {
                    throw fail(at, "Cannot map `null` into type `" + k.getName() + "` (\"" + cr.names()[i]
                            + "\" missing)", null);
                }
                args[i] = value(null, cr.types()[i], at);
            }
        }
        Object made = make(c, at, () -> cr.constructor().newInstance(args));
        for (Map.Entry<String, JsonNode> e : extra) {
            try {
                cr.anySetter().invoke(made, e.getKey(), untyped(e.getValue()));
            } catch (InvocationTargetException ex) {
                Throwable cause = ex.getCause() == null ? ex : ex.getCause();
                throw fail(located.location(n, e.getKey()), cause.getMessage(), cause);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException("JsonBinder cannot set " + e.getKey() + " of " + c.getName(), ex);
            }
        }
        return made;
    }

    /** A reflective call that makes a {@code c}. */
    private interface Making {
        Object call() throws ReflectiveOperationException;
    }

    /** Makes a {@code c}; what its constructor or factory refuses is a {@link BindException} with its cause. */
    private Object make(Class<?> c, JsonLocation at, Making making) throws BindException {
        try {
            return making.call();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw fail(at, "Cannot construct instance of `" + c.getName() + "`, problem: " + cause.getMessage(),
                    cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JsonBinder cannot make " + c.getName(), e);
        }
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** How a class is made: its canonical constructor (records) or its {@link JsonCreator} constructor. */
    private static Creator creator(Class<?> c) {
        Creator cr = CREATORS.get(c);
        if (cr == null) {
            cr = findCreator(c);
            CREATORS.put(c, cr);
        }
        return cr;
    }

    private static Creator findCreator(Class<?> c) {
        Constructor<?> ctor = null;
        if (c.isRecord()) {
            RecordComponent[] rc = c.getRecordComponents();
            Class<?>[] types = new Class<?>[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
            }
            try {
                ctor = c.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("record without canonical constructor: " + c.getName(), e);
            }
        } else {
            for (Constructor<?> k : c.getDeclaredConstructors()) {
                if (k.isAnnotationPresent(JsonCreator.class)) {
                    ctor = k;
                }
            }
            if (ctor == null) {
                throw new IllegalStateException("JsonBinder: no @JsonCreator constructor in " + c.getName());
            }
        }
        ctor.setAccessible(true);
        Parameter[] ps = ctor.getParameters();
        String[] names = new String[ps.length];
        Type[] types = ctor.getGenericParameterTypes();
        RecordComponent[] rc = c.isRecord() ? c.getRecordComponents() : null;
        for (int i = 0; i < ps.length; i++) {
            JsonProperty jp = ps[i].getAnnotation(JsonProperty.class);
            if (jp != null && !jp.value().isEmpty()) {
                names[i] = jp.value();
            } else if (rc != null) {
                names[i] = rc[i].getName();
                types[i] = rc[i].getGenericType();
            } else {
                throw new IllegalStateException("JsonBinder: parameter " + i + " of the creator of " + c.getName()
                        + " has no @JsonProperty name");
            }
        }
        Method any = null;
        Method delegating = null;
        for (Method m : c.getDeclaredMethods()) {
            if (m.isAnnotationPresent(JsonAnySetter.class)) {
                m.setAccessible(true);
                any = m;
            }
            JsonCreator jc = m.getAnnotation(JsonCreator.class);
            if (jc != null && java.lang.reflect.Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1
                    && jc.mode() == JsonCreator.Mode.DELEGATING) {
                m.setAccessible(true);
                delegating = m;
            }
        }
        JsonIgnoreProperties ignore = c.getAnnotation(JsonIgnoreProperties.class);
        return new Creator(ctor, names, types, any, ignore != null && ignore.ignoreUnknown(), delegating);
    }

    // ---------------------------------------------------------------- errors

    private BindException mismatch(JsonNode n, Class<?> c, JsonLocation at) {
        String what = n.isObject() ? "Object value" : n.isArray() ? "Array value" : n.isTextual()
                ? "String value (\"" + n.textValue() + "\")" : n.getNodeType() + " value (" + n.asText() + ")";
        return fail(at, "Cannot deserialize value of type `" + c.getName() + "` from " + what, null);
    }

    private BindException fail(JsonLocation at, String message, Throwable cause) {
        return new BindException(Problem.BAD_VALUE, message, at, pathString(), null, List.of(), cause);
    }

    /** The path as {@code parts[2].rows[0].cells[0]}; {@code /} at the top. */
    private String pathString() {
        StringBuilder sb = new StringBuilder();
        for (Object o : path) {
            if (o instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(o);
            }
        }
        return sb.length() == 0 ? "/" : sb.toString();
    }
}
