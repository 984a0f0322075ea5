package org.orggraph.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * The text of a CSV file: UTF-8 with or without BOM as it is; GBK / GB18030 (what Chinese Excel writes by
 * default) detected by juniversalchardet and decoded as GB18030, its superset; anything else refused with a
 * message that says how to save the file as UTF-8.
 */
final class CsvEncoding {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> CHINESE = Set.of("GB18030", "GBK", "GB2312", "HZ-GB-2312");

    /** The decoded text and the encoding it was read in. */
    record Decoded(String text, String encoding) {
    }

    private CsvEncoding() {
    }

    static Decoded decode(SourceFile file) {
        byte[] bytes = file.content();
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 3, file), "UTF-8 (BOM)");
        }
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            UniversalDetector detector = new UniversalDetector();
            detector.handleData(bytes, 0, bytes.length);
            detector.dataEnd();
            String detected = detector.getDetectedCharset();
            if (detected != null && CHINESE.contains(detected.toUpperCase(java.util.Locale.ROOT))) {
                return new Decoded(strict(GB18030, bytes, 0, file), "GB18030 (detected " + detected + ")");
            }
            throw new ImportProblem(ImportError.ofFile(file.name(), "import.file.encoding",
                    detected == null ? "?" : detected));
        }
    }

    private static String strict(Charset charset, byte[] bytes, int offset, SourceFile file) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportProblem(ImportError.ofFile(file.name(), "import.file.encoding", charset.name()));
        }
    }
}
