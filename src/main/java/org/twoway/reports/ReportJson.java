package org.twoway.reports;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.function.Function;
import org.twoway.scoring.EmployeeReport;
import org.twoway.scoring.GroupReport;
import org.twoway.scoring.LoopMeasures;
import org.twoway.scoring.Severity;
import org.twoway.scoring.SubjectType;

/**
 * The report's JSON as api.md gives it: a flag's severity and subject type are their lower-case wire names
 * ({@code "high"}, {@code "customer"}), which scoring/ provides without knowing of JSON; the loop's measures
 * stand on an employee's and a team's line beside its other fields ({@code "onTime"}, not {@code "loop.onTime"}),
 * and a process, which owns no follow-ups, has none.
 */
@Singleton
public class ReportJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("twoway-report")
                .addSerializer(new Wire<>(Severity.class, Severity::wire))
                .addSerializer(new Wire<>(SubjectType.class, SubjectType::wire)));
        mapper.addMixIn(EmployeeReport.class, LoopInline.class);
        mapper.addMixIn(GroupReport.class, LoopInline.class);
    }

    /** Writes a line's {@link LoopMeasures} as fields of the line itself; nothing where it has none. */
    abstract static class LoopInline {
        @JsonUnwrapped
        abstract LoopMeasures loop();
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
