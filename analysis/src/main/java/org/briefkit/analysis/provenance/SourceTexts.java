package org.briefkit.analysis.provenance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.briefkit.model.Case;
import org.briefkit.model.Source;
import org.briefkit.model.SourceId;
import org.briefkit.model.TextCopy;
import org.briefkit.model.io.CaseFolder;
import org.briefkit.model.io.CaseFolderException;

/**
 * The texts of a case's sources, by source: each parsed ({@link SourceText}), each missing one
 * remembered with why (a warning, rule {@code source-text-missing}), and each refused one as a
 * {@link SourceTextProblem} (an error the caller reports).
 *
 * <p>{@link #load(Case, CaseFolder)} reads the texts a case names; {@link #builder()} lets a
 * library user (or a test) supply a text directly, whether the case names a file or not.
 * Immutable and thread-safe.
 */
public final class SourceTexts {
  private static final SourceTexts NONE = builder().build();

  private final ImmutableMap<SourceId, SourceText> texts;
  private final ImmutableMap<SourceId, String> missing;
  private final ImmutableList<SourceTextProblem> problems;

  private SourceTexts(Builder b) {
    this.texts = ImmutableMap.copyOf(b.texts);
    this.missing = ImmutableMap.copyOf(b.missing);
    this.problems = b.problems.build();
  }

  /** No texts: citations are not checked. */
  public static SourceTexts none() {
    return NONE;
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads and parses the text of every source of {@code aCase} that names one ({@link
   * Source#text()}), by the folder rule of {@code folder}. A missing file is remembered; a
   * refused one becomes a problem at {@code /sources/N/textFile}. Nothing is thrown for what a
   * file holds.
   */
  public static SourceTexts load(Case aCase, CaseFolder folder) {
    Objects.requireNonNull(aCase, "case must not be null");
    Objects.requireNonNull(folder, "folder must not be null");
    Builder b = builder();
    for (int i = 0; i < aCase.sources().size(); i++) {
      Source s = aCase.sources().get(i);
      if (s.text().isEmpty()) {
        continue;
      }
      TextCopy copy = s.text().get();
      try {
        b.put(s.id(), copy, folder.readText(copy.file()));
      } catch (CaseFolderException e) {
        if (e.isMissing()) {
          b.missing(s.id(), e.getMessage());
        } else {
          b.problem(new SourceTextProblem(s.id(), "/sources/" + i + "/textFile", e.reason(), e.getMessage()));
        }
      }
    }
    return b.build();
  }

  /** The text of {@code source}, if it was read. */
  public Optional<SourceText> text(SourceId source) {
    return Optional.ofNullable(texts.get(source));
  }

  /** Why the text of {@code source} is missing, if its file is not there: "there is no file ...". */
  public Optional<String> missing(SourceId source) {
    return Optional.ofNullable(missing.get(source));
  }

  /** The sources with a text, in the order put or loaded. */
  public ImmutableList<SourceId> sources() {
    return texts.keySet().asList();
  }

  /** The texts refused, in the order of the case's sources: errors for the caller to report. */
  public ImmutableList<SourceTextProblem> problems() {
    return problems;
  }

  /** Builds {@link SourceTexts}. */
  public static final class Builder {
    private final Map<SourceId, SourceText> texts = new LinkedHashMap<>();
    private final Map<SourceId, String> missing = new LinkedHashMap<>();
    private final ImmutableList.Builder<SourceTextProblem> problems = ImmutableList.builder();

    private Builder() {}

    /** Sets the text of {@code source}: {@code content}, parsed as {@code copy} says. */
    public Builder put(SourceId source, TextCopy copy, String content) {
      return put(source, SourceText.parse(copy, content));
    }

    /** Sets the text of {@code source}, already parsed. */
    public Builder put(SourceId source, SourceText text) {
      Objects.requireNonNull(source, "source must not be null");
      Objects.requireNonNull(text, "text must not be null");
      texts.put(source, text);
      missing.remove(source);
      return this;
    }

    /** Records that the text of {@code source} is missing, and {@code why}. */
    public Builder missing(SourceId source, String why) {
      Objects.requireNonNull(source, "source must not be null");
      Objects.requireNonNull(why, "why must not be null");
      missing.put(source, why);
      texts.remove(source);
      return this;
    }

    /** Adds a refused text. */
    public Builder problem(SourceTextProblem problem) {
      problems.add(Objects.requireNonNull(problem, "problem must not be null"));
      return this;
    }

    /** The texts. */
    public SourceTexts build() {
      return new SourceTexts(this);
    }
  }
}
