package org.briefkit.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.briefkit.model.io.CaseFileException;
import org.briefkit.model.io.CaseFileProblem;
import org.briefkit.model.io.CaseReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutates valid case files (lines deleted, duplicated, swapped; characters changed; text cut
 * short) and checks that the codec either reads a case or reports located problems with its
 * own {@link CaseFileException}: never another exception, never an error. The mutations come
 * from 200 fixed seeds, so every run tries the same files and a failure names its seed.
 */
class CaseFileMutationTest {
  private static final List<String> VALID = validTexts();

  /** Characters that matter to YAML, plus a few that matter to text decoding. */
  private static final char[] NASTY = {
    ':', '-', '[', ']', '{', '}', '"', '\'', '&', '*', '!', '#', '|', '>', '%', '@', '`', ',',
    '?', '\t', ' ', '\n', '\r', '\0', '\u00a0', '\ufeff', '\ud800', '\uffff', 'x', '9'
  };

  enum Kind {
    DELETE_LINE,
    DUPLICATE_LINE,
    SWAP_LINES,
    CHANGE_CHARACTER,
    INSERT_CHARACTER,
    TRUNCATE
  }

  /** One change, with positions as fractions of the text so that they fit any text. */
  record Mutation(Kind kind, double at, double other, char c) {}

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void read_mutatedCaseFile_givesCaseOrLocatedCaseFileException(long seed) {
    Random random = new Random(seed);
    String text = mutate(VALID.get(random.nextInt(VALID.size())), mutations(random));

    try {
      CaseReader.standard().parse(text, "mutated.yaml");
    } catch (CaseFileException e) {
      assertThat(e.problems()).isNotEmpty();
      for (CaseFileProblem p : e.problems()) {
        assertThat(p.file()).isEqualTo("mutated.yaml");
        assertThat(p.line()).isPositive();
        assertThat(p.column()).isPositive();
        assertThat(p.message()).isNotBlank().doesNotContain("Exception");
      }
    }
  }

  /** One to five mutations. */
  static List<Mutation> mutations(Random random) {
    Kind[] kinds = Kind.values();
    List<Mutation> list = new ArrayList<>();
    int n = 1 + random.nextInt(5);
    for (int i = 0; i < n; i++) {
      list.add(
          new Mutation(
              kinds[random.nextInt(kinds.length)], random.nextDouble(), random.nextDouble(),
              NASTY[random.nextInt(NASTY.length)]));
    }
    return list;
  }

  static String mutate(String text, List<Mutation> mutations) {
    String t = text;
    for (Mutation m : mutations) {
      t = apply(t, m);
    }
    return t;
  }

  private static String apply(String text, Mutation m) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int i = index(m.at(), lines.size());
    int j = index(m.other(), lines.size());
    switch (m.kind()) {
      case DELETE_LINE -> lines.remove(i);
      case DUPLICATE_LINE -> lines.add(i, lines.get(i));
      case SWAP_LINES -> {
        String a = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, a);
      }
      case CHANGE_CHARACTER, INSERT_CHARACTER -> {
        if (text.isEmpty()) {
          return String.valueOf(m.c());
        }
        int at = index(m.at(), text.length());
        int skip = m.kind() == Kind.CHANGE_CHARACTER ? 1 : 0;
        return text.substring(0, at) + m.c() + text.substring(at + skip);
      }
      case TRUNCATE -> {
        return text.substring(0, index(m.at(), text.length() + 1));
      }
    }
    return String.join("\n", lines);
  }

  private static int index(double fraction, int size) {
    return Math.min(size - 1, (int) (fraction * size));
  }

  private static List<String> validTexts() {
    List<String> texts = new ArrayList<>();
    List<Path> files = new ArrayList<>(Cli.samples());
    files.add(Cli.repositoryRoot().resolve("cli/src/test/resources/hostile/valid.yaml"));
    for (Path p : files) {
      try {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(texts);
  }
}
