package io.closewright.web;

import java.time.OffsetDateTime;
import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Date-time fields of API bodies ({@link OffsetDateTime}) read as {@link ClientDateTimes} reads them;
 * anything else is refused with a message naming the forms expected. Request bodies take date-times
 * as {@code OffsetDateTime}; {@code Instant} stays Jackson's own, for the event publication registry.
 */
final class DateTimeInputs {

    private DateTimeInputs() {}

    private static OffsetDateTime read(
            JsonParser parser, DeserializationContext context, ClientDateTimes dateTimes, Class<?> type) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            throw context.weirdStringException(parser.getString(), type, ClientDateTimes.EXPECTED);
        }
        String text = parser.getString();
        return dateTimes
                .parse(text)
                .orElseThrow(() -> context.weirdStringException(text, type, ClientDateTimes.EXPECTED));
    }

    /** Reads {@link OffsetDateTime} fields. */
    @JacksonComponent
    static class OffsetDateTimeInput extends ValueDeserializer<OffsetDateTime> {

        private final ClientDateTimes dateTimes;

        OffsetDateTimeInput(ClientDateTimes dateTimes) {
            this.dateTimes = dateTimes;
        }

        @Override
        public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
            return read(parser, context, dateTimes, OffsetDateTime.class);
        }
    }
}
