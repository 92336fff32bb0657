package dev.cosell.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.cosell.model.Submission;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads submissions from JSON, lazily, one record at a time: a file is never held in memory whole.
 *
 * <p>A file (or stream) holds one of:
 * <ul>
 *   <li>one submission document, {@code {"asOf": "2020-07-01", "partner": {...}, "offer": {...}}}
 *       (several documents one after the other are read in turn);</li>
 *   <li>an array of submission documents, {@code [{...}, {...}]};</li>
 *   <li>JSON lines: one complete submission document per line. A file is read as JSON lines when its name ends
 *       in {@code .jsonl} or {@code .ndjson}, or when its first non-blank line is a complete JSON object, however
 *       long the line (up to {@value #MAX_LINE_BYTES} bytes, the limit of a record).</li>
 * </ul>
 *
 * <p>Every record comes out as a {@link SubmissionRecord}: a submission, or every problem that kept it from
 * being one, each with file, line and column. A value of the wrong type or an unknown field spoils only its own
 * record: the next record is read as usual. Malformed JSON ends the file there (the records before it stand),
 * except in JSON lines, where each line stands alone and reading goes on with the next line; the error that
 * ends a file says how many records follow it unread (counted by their brackets, since they cannot be parsed).
 *
 * <p>The reader only checks the form of the input; whether required values are present is checked, with every
 * other rule of a valid submission, by {@link dev.cosell.model.SubmissionValidator} when the submission is
 * evaluated.
 *
 * <p><b>Limits.</b> Hostile or broken input gets a clear error, never a hang or a stack overflow: nesting
 * deeper than {@value #MAX_NESTING_DEPTH} levels, numbers longer than {@value #MAX_NUMBER_LENGTH} characters,
 * strings longer than {@value #MAX_STRING_LENGTH} characters, field names longer than
 * {@value #MAX_NAME_LENGTH} characters are errors, as are amounts with more than 15 digits before or 10 after
 * the decimal point.
 *
 * <p><b>Memory.</b> The limits per record bound the memory a record takes, whatever the size of the file: a
 * record (a document, an array element or a JSON line) longer than {@value #MAX_RECORD_BYTES} bytes of JSON, or
 * holding more than {@value #MAX_RECORD_ELEMENTS} list elements (all its lists together), is an error of that
 * record, which is skipped without being held: the reader goes on with the next record. At most 100 problems of
 * a record are listed, and one more counts the rest. A file of any size is read in the memory of one record.
 *
 * <p>A reader is immutable and thread-safe; each stream it returns is for one thread.
 */
public final class SubmissionReader {
    /** The deepest nesting of arrays and objects accepted; a submission needs 4. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** The longest string value accepted, in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The longest field name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /**
     * The longest record accepted, in bytes of JSON text (1 MiB): a submission of the program takes a few
     * kilobytes; a longer record is an error of its own and is skipped without being held.
     */
    public static final int MAX_RECORD_BYTES = 1024 * 1024;
    /**
     * The most list elements a record may hold, all its lists together (competencies, enrollments, revenue
     * records, solutions partner designations, countries, contacts and their countries, other documents, months of
     * the offer's billed revenue).
     */
    public static final int MAX_RECORD_ELEMENTS = 10_000;
    /** The longest line of a JSON-lines file accepted, in bytes: a line is a record, {@link #MAX_RECORD_BYTES}. */
    public static final int MAX_LINE_BYTES = MAX_RECORD_BYTES;

    private final JsonFactory factory;

    /** A reader with the limits above. */
    public SubmissionReader() {
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                // Errors name the file themselves; the parser's source description would repeat the content.
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /**
     * {@return the records of a file, lazily} Close the stream to close the file.
     *
     * @param file the submission file: a JSON document, an array or JSON lines
     * @throws IOException if the file cannot be opened
     */
    public Stream<SubmissionRecord> read(Path file) throws IOException {
        // A pipe, a FIFO, /dev/stdin or a process substitution is read as a stream: the file channel of
        // Files.newInputStream asks such an input for its position, which fails with "Illegal seek".
        InputStream in = Files.isRegularFile(file) || file.getFileSystem() != FileSystems.getDefault()
                ? Files.newInputStream(file) : new FileInputStream(file.toFile());
        return read(in, file.toString(), isJsonLinesName(file.getFileName() == null ? "" : file.toString()));
    }

    /**
     * {@return the records of a stream, lazily, named {@code source} in errors; the form (a document, an array or
     * JSON lines) is detected from the first line} Close the returned stream to close {@code in}.
     *
     * @param in     the JSON to read
     * @param source the name errors give the stream, such as a file name or {@code "-"}
     */
    public Stream<SubmissionRecord> read(InputStream in, String source) {
        return read(in, source, isJsonLinesName(source));
    }

    private Stream<SubmissionRecord> read(InputStream in, String source, boolean jsonLines) {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        RecordIterator records;
        try {
            skipByteOrderMark(buffered);
            records = jsonLines || firstLineIsOneObject(buffered)
                    ? new JsonLinesIterator(buffered, source)
                    : new DocumentIterator(buffered, source);
        } catch (IOException e) {
            closeQuietly(buffered);
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(records::closeUnchecked);
    }

    /**
     * Skips a UTF-8 byte-order mark at the start: the parser takes one only before at least one more byte, so a
     * file an editor saved empty with a mark would read as malformed instead of empty.
     */
    private static void skipByteOrderMark(BufferedInputStream in) throws IOException {
        in.mark(3);
        if (!hasBom(in.readNBytes(3))) {
            in.reset();
        }
    }

    private static boolean isJsonLinesName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    /**
     * Whether the first non-blank line is a complete JSON object on its own: then the input is JSON lines. The
     * line is looked at whole up to {@link #MAX_LINE_BYTES}; a longer first line is taken for a JSON line when it
     * starts an object (it is then a record beyond the limit, rejected on its own, and the lines after it are read
     * as usual), so the form never depends on the length of the first line. The input is read only as far as the
     * end of that line or the limit, so a stream that is still being written is not waited for beyond it.
     */
    private boolean firstLineIsOneObject(BufferedInputStream in) throws IOException {
        in.mark(MAX_LINE_BYTES + 1);
        try {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long read = 0;
            int b;
            while ((b = in.read()) >= 0 && ++read <= MAX_LINE_BYTES) {
                if (b != '\n') {
                    line.write(b);
                } else if (isBlank(line.toByteArray())) {
                    line.reset();
                } else {
                    break;
                }
            }
            if (read > MAX_LINE_BYTES) {
                byte[] start = line.toByteArray();
                for (int i = hasBom(start) ? 3 : 0; i < start.length; i++) {
                    if (start[i] != ' ' && start[i] != '\t' && start[i] != '\r') {
                        return start[i] == '{';
                    }
                }
                return false;
            }
            byte[] bytes = line.toByteArray();
            int from = hasBom(bytes) ? 3 : 0;
            return !isBlank(bytes) && isOneObject(java.util.Arrays.copyOfRange(bytes, from, bytes.length));
        } finally {
            in.reset();
        }
    }

    private boolean isOneObject(byte[] line) {
        try (JsonParser parser = factory.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Splits an input into lines, reading it a buffer at a time. */
    private static final class LineInput {
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int position;
        private int limit;

        LineInput(InputStream in) {
            this.in = in;
        }

        /**
         * The next line's bytes without its line break ({@code \n} or {@code \r\n}); null at the end of the input;
         * an array one longer than {@code max} if the line is longer (the rest of the line is then skipped).
         */
        byte[] readLine(int max) throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                int end = indexOf(buffer, (byte) '\n', position, limit);
                int stop = end < 0 ? limit : end;
                int room = max - line.size();
                if (stop - position > room) {
                    tooLong = true;
                    line.write(buffer, position, Math.max(0, room));
                } else {
                    line.write(buffer, position, stop - position);
                }
                position = end < 0 ? limit : end + 1;
                if (end >= 0) {
                    break;
                }
            }
            if (tooLong) {
                return new byte[max + 1];
            }
            byte[] bytes = line.toByteArray();
            int length = bytes.length;
            if (length > 0 && bytes[length - 1] == '\r') {
                length--;
            }
            return length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
        }
    }

    private static boolean isBlank(byte[] line) {
        int start = hasBom(line) ? 3 : 0;
        for (int i = start; i < line.length; i++) {
            if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBom(byte[] line) {
        return line.length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF;
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // Nothing more to report about an input already given up on.
        }
    }

    /** Reads a record from a parser on its first token; on malformed JSON, the record holds that error. */
    private static ParsedRecord parseRecord(JsonParser parser, String source, long lineOffset, long index) {
        JsonLocation start = parser.currentTokenLocation();
        long line = start.getLineNr() + lineOffset;
        long column = start.getColumnNr();
        DocumentParser document = new DocumentParser(parser, source, lineOffset);
        // the depth the record ends at: its own object's context is one deeper
        int base = parser.getParsingContext().getNestingDepth() - (parser.currentToken() == JsonToken.START_OBJECT
                ? 1 : 0);
        try {
            Submission submission = document.submission();
            return new ParsedRecord(record(source, index, line, column, submission, document.errors()), false);
        } catch (DocumentParser.RecordTooLarge e) {
            // the record's problems so far are dropped with it: it could not be read whole
            JsonLocation at = e.location();
            List<ReadError> errors = new ArrayList<>();
            errors.add(new ReadError(source, Math.max(1, at.getLineNr()) + lineOffset, Math.max(1, at.getColumnNr()),
                    "", "input beyond the reader's limits: record " + index + " " + e.getMessage()
                    + "; it is skipped"));
            try {
                // skip the rest of the record token by token: nothing of it is held
                while (parser.getParsingContext().getNestingDepth() > base && parser.nextToken() != null) {
                    // a string's text is skipped, never decoded
                }
                return new ParsedRecord(record(source, index, line, column, null, errors), false);
            } catch (IOException malformed) {
                errors.add(malformed(malformed, parser, source, lineOffset));
                return new ParsedRecord(record(source, index, line, column, null, errors), true);
            }
        } catch (IOException e) {
            List<ReadError> errors = new ArrayList<>(document.errors());
            errors.add(malformed(e, parser, source, lineOffset));
            return new ParsedRecord(record(source, index, line, column, null, errors), true);
        }
    }

    private record ParsedRecord(SubmissionRecord record, boolean malformed) {
    }

    private static SubmissionRecord record(String source, long index, long line, long column, Submission submission,
                                           List<ReadError> errors) {
        return errors.isEmpty()
                ? new SubmissionRecord(source, index, line, column, Optional.of(submission), List.of())
                : new SubmissionRecord(source, index, line, column, Optional.empty(), errors);
    }

    /** The error for malformed JSON or input beyond a limit, where the parser stopped. */
    private static ReadError malformed(IOException e, JsonParser parser, String source, long lineOffset) {
        JsonLocation at = e instanceof JsonProcessingException jpe && jpe.getLocation() != null
                ? jpe.getLocation() : parser.currentLocation();
        String message;
        if (e instanceof StreamConstraintsException sce) {
            message = "input beyond the reader's limits: " + oneLine(sce.getOriginalMessage());
        } else if (e instanceof JsonProcessingException jpe) {
            message = "malformed JSON: " + oneLine(jpe.getOriginalMessage());
        } else {
            message = "cannot read: " + oneLine(String.valueOf(e.getMessage()));
        }
        long line = Math.max(1, at.getLineNr()) + lineOffset;
        return new ReadError(source, line, Math.max(1, at.getColumnNr()), "", message);
    }

    private static String oneLine(String message) {
        String text = message.replaceAll("\\s+", " ").strip();
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }

    /** A lazy iterator over records that closes its input. */
    private abstract static class RecordIterator implements Iterator<SubmissionRecord>, Closeable {
        private final String source;
        private SubmissionRecord next;
        private boolean done;
        long index;

        RecordIterator(String source) {
            this.source = source;
        }

        /** The next record, or null at the end. */
        abstract SubmissionRecord computeNext() throws IOException;

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                try {
                    next = computeNext();
                } catch (IOException e) {
                    done = true;
                    throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
                }
                if (next == null) {
                    done = true;
                    closeUnchecked();
                }
            }
            return next != null;
        }

        @Override
        public SubmissionRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            SubmissionRecord record = next;
            next = null;
            return record;
        }

        void closeUnchecked() {
            try {
                close();
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
    }

    /** One document, several documents one after the other, or arrays of documents, through one parser. */
    private final class DocumentIterator extends RecordIterator {
        private final JsonParser parser;
        private final String source;
        private final InputStream in;
        private boolean inArray;
        private boolean stopped;

        DocumentIterator(InputStream in, String source) throws IOException {
            super(source);
            this.parser = factory.createParser(in);
            this.source = source;
            this.in = in;
        }

        @Override
        SubmissionRecord computeNext() {
            if (stopped) {
                return null;
            }
            try {
                while (true) {
                    JsonToken token = parser.nextToken();
                    if (token == null) {
                        return null;
                    }
                    if (token == JsonToken.END_ARRAY && inArray) {
                        inArray = false;
                    } else if (token == JsonToken.START_ARRAY && !inArray) {
                        inArray = true;
                    } else {
                        break;
                    }
                }
            } catch (IOException e) {
                stopped = true;
                ReadError error = withRest(malformed(e, parser, source, 0));
                return new SubmissionRecord(source, ++index, error.line(), error.column(), Optional.empty(),
                        List.of(error));
            }
            ParsedRecord parsed = parseRecord(parser, source, 0, ++index);
            stopped = parsed.malformed();
            if (!stopped) {
                return parsed.record();
            }
            SubmissionRecord record = parsed.record();
            List<ReadError> errors = new ArrayList<>(record.errors());
            errors.set(errors.size() - 1, withRest(errors.get(errors.size() - 1)));
            return new SubmissionRecord(source, record.index(), record.line(), record.column(), Optional.empty(),
                    errors);
        }

        /**
         * The error that stops the file, saying what was not read after it: the rest of the input is read
         * through (never held) and the records that begin in it are counted by their brackets.
         */
        private ReadError withRest(ReadError error) {
            // an unexpected quote has been read past: a string starts where the count starts
            RestCounter rest = new RestCounter(inArray ? 1 : 0,
                    error.message().startsWith("malformed JSON: Unexpected character ('\"'"));
            String counted;
            try {
                ByteArrayOutputStream buffered = new ByteArrayOutputStream();
                parser.releaseBuffered(buffered);
                rest.count(buffered.toByteArray(), buffered.size());
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    rest.count(buffer, n);
                }
                long records = rest.records();
                counted = records == 0 ? "no record follows it"
                        : records == 1 ? "1 more record after it (counted by its brackets) was not read"
                        : String.format(Locale.ROOT, "%,d more records after it (counted by their brackets) "
                                + "were not read", records);
            } catch (IOException e) {
                counted = "the rest could not be read either: " + oneLine(String.valueOf(e.getMessage()));
            }
            return new ReadError(error.source(), error.line(), error.column(), error.path(),
                    error.message() + "; reading " + source + " stopped here, " + counted);
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    /**
     * Counts the records that begin in the rest of an input after malformed JSON, by their brackets: the objects
     * opened at the depth of records (0, or 1 in a top-level array) or above it, outside strings. Where the
     * parser stopped, neither the depth (a broken record may hold stray brackets) nor, on that line, whether a
     * string is open is known for sure; but JSON strings never span lines, and the rest of the input closes every
     * bracket it is in, so the depth at each point is told from the depth the input ends at.
     */
    private static final class RestCounter {
        private final int recordDepth;
        private final Map<Integer, Long> openedAt = new HashMap<>();
        private int depth; // relative to the point where the count started
        private boolean inString;
        private boolean escaped;

        RestCounter(int recordDepth, boolean inString) {
            this.recordDepth = recordDepth;
            this.inString = inString;
        }

        void count(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (b == '\n') {
                    inString = false;
                    escaped = false;
                } else if (inString) {
                    if (escaped) {
                        escaped = false;
                    } else if (b == '\\') {
                        escaped = true;
                    } else if (b == '"') {
                        inString = false;
                    }
                } else if (b == '"') {
                    inString = true;
                } else if (b == '{' || b == '[') {
                    if (b == '{') {
                        openedAt.merge(depth, 1L, Long::sum);
                    }
                    depth++;
                } else if (b == '}' || b == ']') {
                    depth--;
                }
            }
        }

        /** The records counted, once the whole rest has been counted. */
        long records() {
            // the input ends at depth 0, so the depth where the count started is -depth
            return openedAt.entrySet().stream().filter(e -> e.getKey() - depth <= recordDepth)
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    /** One document per line; each line is parsed on its own, so a malformed line spoils only itself. */
    private final class JsonLinesIterator extends RecordIterator {
        private final InputStream in;
        private final LineInput lines;
        private final String source;
        private long lineNumber;

        JsonLinesIterator(InputStream in, String source) {
            super(source);
            this.in = in;
            this.lines = new LineInput(in);
            this.source = source;
        }

        @Override
        SubmissionRecord computeNext() throws IOException {
            while (true) {
                byte[] line = lines.readLine(MAX_LINE_BYTES);
                if (line == null) {
                    return null;
                }
                lineNumber++;
                if (isBlank(line)) {
                    continue;
                }
                if (line.length > MAX_LINE_BYTES) {
                    ReadError error = new ReadError(source, lineNumber, 1, "", String.format(Locale.ROOT,
                            "input beyond the reader's limits: record %d (the line) is longer than %,d bytes of JSON, "
                            + "the reader's limit per record; it is skipped", index + 1, MAX_LINE_BYTES));
                    return new SubmissionRecord(source, ++index, lineNumber, 1, Optional.empty(), List.of(error));
                }
                return parseLine(line);
            }
        }

        private SubmissionRecord parseLine(byte[] line) throws IOException {
            long offset = lineNumber - 1;
            try (JsonParser parser = factory.createParser(line)) {
                try {
                    parser.nextToken();
                } catch (IOException e) {
                    ReadError error = malformed(e, parser, source, offset);
                    return new SubmissionRecord(source, ++index, lineNumber, error.column(), Optional.empty(),
                            List.of(error));
                }
                ParsedRecord parsed = parseRecord(parser, source, offset, ++index);
                if (parsed.malformed()) {
                    return parsed.record();
                }
                List<ReadError> trailing = new ArrayList<>();
                try {
                    JsonToken after = parser.nextToken();
                    if (after != null) {
                        JsonLocation at = parser.currentTokenLocation();
                        trailing.add(new ReadError(source, lineNumber, at.getColumnNr(), "",
                                "malformed JSON lines: more than one value on the line (found "
                                        + DocumentParser.describe(after) + " after the submission)"));
                    }
                } catch (IOException e) {
                    trailing.add(malformed(e, parser, source, offset));
                }
                if (trailing.isEmpty()) {
                    return parsed.record();
                }
                SubmissionRecord record = parsed.record();
                List<ReadError> errors = new ArrayList<>(record.errors());
                errors.addAll(trailing);
                return new SubmissionRecord(source, record.index(), record.line(), record.column(), Optional.empty(),
                        errors);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
