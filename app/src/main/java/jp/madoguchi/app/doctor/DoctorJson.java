package jp.madoguchi.app.doctor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** {@code doctor --json}: the report as one line of JSON, null fields included so every key is always there. */
public final class DoctorJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    private DoctorJson() {}

    public static String of(DoctorReport report) {
        try {
            return MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the doctor's report is plain records and always serialises", e);
        }
    }
}
