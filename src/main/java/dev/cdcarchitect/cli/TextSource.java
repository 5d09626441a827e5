package dev.cdcarchitect.cli;

import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.intake.InputLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an input text from a file or standard input ("-"), as strict UTF-8 and within the size limit. */
final class TextSource {

    /** UTF-8 takes at most 4 bytes per char; anything larger cannot be within the character limit. */
    private static final int MAX_BYTES = InputLimits.MAX_CHARS * 4;

    private TextSource() {}

    static String read(String field, String fileOrDash, InputStream stdin) {
        byte[] bytes;
        try {
            if ("-".equals(fileOrDash)) {
                bytes = stdin.readNBytes(MAX_BYTES + 1);
            } else {
                Path path = Path.of(fileOrDash);
                if (Files.isDirectory(path)) {
                    throw new InputProblem(field, "file '" + fileOrDash + "' is a directory.", "Pass a text file.");
                }
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = in.readNBytes(MAX_BYTES + 1);
                }
            }
        } catch (NoSuchFileException e) {
            throw new InputProblem(field, "file '" + fileOrDash + "' does not exist.", "Check the path, or pass the text with --source/--target.");
        } catch (AccessDeniedException e) {
            throw new InputProblem(field, "file '" + fileOrDash + "' cannot be read (permission denied).", "Check the file's permissions.");
        } catch (IOException e) {
            throw new InputProblem(field, "file '" + fileOrDash + "' cannot be read: " + e.getMessage() + ".", "Check the path.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InputProblem(field, "is larger than " + MAX_BYTES + " bytes; the limit is " + InputLimits.MAX_CHARS + " characters.",
                    "Keep to the facts the design needs.");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputProblem(field, "is not UTF-8 text (it looks like binary data).", "Pass a plain-text description.");
        }
    }
}
