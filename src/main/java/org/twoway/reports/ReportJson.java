package org.twoway.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.function.Function;
import org.twoway.scoring.Severity;
import org.twoway.scoring.SubjectType;

/**
 * The report's JSON as api.md gives it: a flag's severity and subject type are their lower-case wire names
 * ({@code "high"}, {@code "customer"}), which scoring/ provides without knowing of JSON.
 */
@Singleton
public class ReportJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("twoway-report")
                .addSerializer(new Wire<>(Severity.class, Severity::wire))
                .addSerializer(new Wire<>(SubjectType.class, SubjectType::wire)));
    }

    /** Writes a value as its wire name. */
    static final class Wire<T> extends StdSerializer<T> {
        private final transient Function<T, String> wire;

        Wire(Class<T> type, Function<T, String> wire) {
            super(type);
            this.wire = wire;
        }

        @Override
        public void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(wire.apply(value));
        }
    }
}
