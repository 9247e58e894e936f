package io.closewright.imports;

import io.closewright.shared.RuleViolationException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of an uploaded file into text: UTF-8 with or without a byte-order mark, else
 * ISO-8859-1 when the bytes are not valid UTF-8. Refuses empty files and binary data (NUL bytes or many
 * control characters) with a message saying so.
 */
final class CsvText {

    private CsvText() {}

    /** The decoded text and the charset it was read in. */
    record Decoded(String text, Charset charset, boolean byteOrderMark) {}

    static Decoded decode(byte[] bytes, String field) {
        if (bytes.length == 0 || isBlank(bytes)) {
            throw new RuleViolationException(field, "the file is empty");
        }
        if (looksBinary(bytes)) {
            throw new RuleViolationException(field, "the file is not text (binary data found); upload a CSV file");
        }
        boolean bom = bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int offset = bom ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Decoded(text, StandardCharsets.UTF_8, bom);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1, false);
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b & 0xFF) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 100 > sample;
    }
}
