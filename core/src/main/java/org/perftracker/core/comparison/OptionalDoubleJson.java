package org.perftracker.core.comparison;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.OptionalDouble;

/**
 * Writes an {@link OptionalDouble} as a JSON number or {@code null} and reads it back, so the comparison records
 * round-trip through any {@code ObjectMapper} without the jdk8 module: {@code "percent": -50.0} or
 * {@code "percent": null}.
 */
public final class OptionalDoubleJson {
    private OptionalDoubleJson() {
    }

    /** The writer, for {@code @JsonSerialize(using = ...)}. */
    public static final class Writer extends StdSerializer<OptionalDouble> {
        private static final long serialVersionUID = 1L;

        public Writer() {
            super(OptionalDouble.class);
        }

        @Override
        public void serialize(OptionalDouble value, JsonGenerator json, SerializerProvider provider)
                throws IOException {
            if (value.isPresent()) {
                json.writeNumber(value.getAsDouble());
            } else {
                json.writeNull();
            }
        }
    }

    /** The reader, for {@code @JsonDeserialize(using = ...)}. */
    public static final class Reader extends StdDeserializer<OptionalDouble> {
        private static final long serialVersionUID = 1L;

        public Reader() {
            super(OptionalDouble.class);
        }

        @Override
        public OptionalDouble deserialize(JsonParser json, DeserializationContext context) throws IOException {
            return OptionalDouble.of(json.getValueAsDouble());
        }

        @Override
        public OptionalDouble getNullValue(DeserializationContext context) {
            return OptionalDouble.empty();
        }
    }
}
