package app.dossier.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The furniture of mails, newsletters, forums, transcripts and messaging platforms, from importing/genre-chrome.json. */
final class GenreRules {
    private static final String RESOURCE = "/importing/genre-chrome.json";

    final BoilerplateVocabulary.PhraseMatcher chromeLines;
    final BoilerplateVocabulary.PhraseMatcher footerStarts;
    final Set<String> wholeLines;
    /** "E-Mail", "Tel.", "邮箱": the label a line of only addresses or numbers may carry. */
    final Set<String> contactLabels;
    /** "原文連結", "心得/評論": the labels of a forum's posting template. */
    final Set<String> templateLabels;
    final Set<String> endMarkers;
    final Set<String> sponsorMarkers;
    final BoilerplateVocabulary.PhraseMatcher teaserHeads;
    final Set<String> contactBlocks;
    /** "责任编辑：name": an editor's credit, cut out of the line it stands in. */
    final Pattern editorCredit;
    final Set<String> relatedHeads;
    /** "More articles by", "Weitere Artikel von": a related list's head that goes on with the author's name. */
    final List<String> relatedHeadStarts;
    /** "的更多文章": a related list's head that ends the author's name. */
    final List<String> relatedHeadEnds;
    /** "übermittelt durch … Corporate News", "is solely responsible for the content": a wire service's notice. */
    final BoilerplateVocabulary.PhraseMatcher distributionNotices;
    /** "风险提示", "Risk warning": labels of a disclaimer or of the report's own risk list. */
    final List<String> disclaimerLabels;
    /** "本文", "not investment advice": what tells a disclaimer from a list of risks under the same label. */
    final BoilerplateVocabulary.PhraseMatcher disclaimerWords;
    /** "Veröffentlicht am", "Published", "发布于": a stamp's label before the article's date. */
    final List<String> publishedStamps;
    /** "記者", "reporter": the word a news byline names its reporter by. */
    final List<String> reporterWords;
    /** "報導", "電": the word a news byline ends in, after the place. */
    final List<String> reportEnds;
    /** "By", "Von", "文／": a byline's label before the author's name. */
    final List<String> bylineLabels;
    final Set<String> documentKinds;
    /** "Analysts: name (phone) / name": a research note's analyst line, opened by one of these labels and a colon. */
    final Pattern analystLine;
    /** "Beitrag von user »", "Post by user »": the head of a forum post. */
    final Pattern forumPostHead;
    final Pattern forumQuoteHead;
    final Set<String> titleFields;
    final Set<String> authorFields;
    final Set<String> dateFields;
    final Set<String> otherFields;
    final Set<String> notTitleLabels;
    final BoilerplateVocabulary.PhraseMatcher greetings;
    /** "Ausgabe 37", "Issue #12", "第37期": the number of a newsletter's issue. */
    final Pattern issueNumber;
    final Set<String> notSentenceEnds;
    /** "Ihre Redaktion", "Best regards": the opening of a newsletter's or letter's sign-off. */
    final BoilerplateVocabulary.PhraseMatcher signOffs;
    /** "1286篇原创内容": a line only a messaging platform's account card holds. */
    final BoilerplateVocabulary.PhraseMatcher accountCards;
    /** "原创": the label opening a platform's byline line. */
    final Set<String> platformBylines;
    /** "Subscribe", "订阅": what a subscribe prompt opens with; it also names one of {@link #subscribeObjects}. */
    final BoilerplateVocabulary.PhraseMatcher subscribeVerbs;
    final BoilerplateVocabulary.PhraseMatcher subscribeObjects;
    /** "Exported from": what a note app's or wiki's stamp on an export opens with. */
    final List<String> exportStamps;
    /** "do not share outside": a note's notice on who may read it, on a short line. */
    final BoilerplateVocabulary.PhraseMatcher sharingNotices;
    /** "every Friday", "每周五": the cadence a newsletter's masthead promises. */
    final BoilerplateVocabulary.PhraseMatcher taglines;
    /** "datum", "日期": the end of a compound label that gives a date ("Erscheinungsdatum", "发布日期"). */
    final List<String> dateLabelEnds;

    private GenreRules(JsonNode root) {
        Transliterator hant = Transliterator.getInstance("Hans-Hant");
        Transliterator hans = Transliterator.getInstance("Hant-Hans");
        chromeLines = matcher(root.path("chromeLines").path("phrases"), hant, hans);
        footerStarts = matcher(root.path("footerStarts").path("phrases"), hant, hans);
        wholeLines = BoilerplateVocabulary.bothScripts(root.path("wholeLines").path("words"), hant, hans);
        contactLabels = BoilerplateVocabulary.bothScripts(root.path("contactLines").path("labels"), hant, hans);
        templateLabels = BoilerplateVocabulary.bothScripts(root.path("templateLabels").path("labels"), hant, hans);
        endMarkers = BoilerplateVocabulary.bothScripts(root.path("endMarkers").path("words"), hant, hans);
        sponsorMarkers = BoilerplateVocabulary.bothScripts(root.path("sponsorMarkers").path("words"), hant, hans);
        teaserHeads = matcher(root.path("teaserHeads").path("phrases"), hant, hans);
        contactBlocks = BoilerplateVocabulary.bothScripts(root.path("contactBlocks").path("words"), hant, hans);
        // "Last edited by: name" is a property line of its own, not a portal's credit to cut out of a line
        editorCredit = Pattern.compile("(?<!\\p{IsLatin}\\s)(" + alternatives(BoilerplateVocabulary.bothScripts(root.path("editorCredits").path("labels"), hant, hans))
                + ")\\s?[:：]\\s?[^\\s】\\]）)]{1,20}", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        relatedHeads = BoilerplateVocabulary.bothScripts(root.path("relatedHeads").path("words"), hant, hans);
        relatedHeadStarts = List.copyOf(BoilerplateVocabulary.bothScripts(root.path("relatedHeads").path("starts"), hant, hans));
        relatedHeadEnds = List.copyOf(BoilerplateVocabulary.bothScripts(root.path("relatedHeads").path("ends"), hant, hans));
        distributionNotices = matcher(root.path("distributionNotices").path("phrases"), hant, hans);
        disclaimerLabels = List.copyOf(BoilerplateVocabulary.bothScripts(root.path("disclaimerLabels").path("labels"), hant, hans));
        disclaimerWords = matcher(root.path("disclaimerLabels").path("disclaimerWords"), hant, hans);
        publishedStamps = longestFirst(BoilerplateVocabulary.bothScripts(root.path("publishedStamps").path("labels"), hant, hans));
        JsonNode bylines = root.path("newsBylines");
        reporterWords = List.copyOf(BoilerplateVocabulary.bothScripts(bylines.path("reporterWords"), hant, hans));
        reportEnds = List.copyOf(BoilerplateVocabulary.bothScripts(bylines.path("reportEnds"), hant, hans));
        bylineLabels = longestFirst(BoilerplateVocabulary.bothScripts(bylines.path("labels"), hant, hans));
        documentKinds = BoilerplateVocabulary.bothScripts(root.path("documentKinds").path("words"), hant, hans);
        analystLine = Pattern.compile("^(" + alternatives(BoilerplateVocabulary.bothScripts(root.path("analystLines").path("labels"), hant, hans))
                + ")\\s?[:：]\\s?\\S", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        JsonNode forum = root.path("forumPosts");
        forumPostHead = Pattern.compile("^(" + alternatives(BoilerplateVocabulary.bothScripts(forum.path("postHeads"), hant, hans))
                + ")\\s+\\S{1,40}\\s+»", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        forumQuoteHead = Pattern.compile("^((" + alternatives(BoilerplateVocabulary.bothScripts(forum.path("quoteHeads"), hant, hans))
                + ")(?=[\\s:：]).{0,40}[:：]|\\S{1,40}\\s(" + alternatives(BoilerplateVocabulary.bothScripts(forum.path("quoteEnds"), hant, hans))
                + "))$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        JsonNode fields = root.path("headerFields");
        titleFields = BoilerplateVocabulary.bothScripts(fields.path("title"), hant, hans);
        authorFields = BoilerplateVocabulary.bothScripts(fields.path("author"), hant, hans);
        dateFields = BoilerplateVocabulary.bothScripts(fields.path("date"), hant, hans);
        otherFields = BoilerplateVocabulary.bothScripts(fields.path("other"), hant, hans);
        JsonNode not = root.path("notTitles");
        notTitleLabels = BoilerplateVocabulary.bothScripts(not.path("labels"), hant, hans);
        greetings = matcher(not.path("greetings"), hant, hans);
        List<String> issueWords = new ArrayList<>();
        not.path("issueWords").forEach(w -> issueWords.add(Pattern.quote(w.asText())));
        issueNumber = Pattern.compile("(^|[^\\p{L}])(" + String.join("|", issueWords) + ")\\s?#?\\d{1,4}(?!\\d)|第\\s?\\d{1,4}\\s?期",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        notSentenceEnds = BoilerplateVocabulary.bothScripts(root.path("notSentenceEnds").path("words"), hant, hans);
        signOffs = matcher(root.path("signOffs").path("phrases"), hant, hans);
        accountCards = matcher(root.path("accountCards").path("markers"), hant, hans);
        platformBylines = BoilerplateVocabulary.bothScripts(root.path("platformBylines").path("labels"), hant, hans);
        subscribeVerbs = matcher(root.path("subscribePrompts").path("verbs"), hant, hans);
        subscribeObjects = matcher(root.path("subscribePrompts").path("objects"), hant, hans);
        exportStamps = List.copyOf(BoilerplateVocabulary.bothScripts(root.path("exportStamps").path("starts"), hant, hans));
        sharingNotices = matcher(root.path("sharingNotices").path("phrases"), hant, hans);
        taglines = matcher(root.path("taglines").path("phrases"), hant, hans);
        dateLabelEnds = List.copyOf(BoilerplateVocabulary.bothScripts(fields.path("dateLabelEnds"), hant, hans));
    }

    private static BoilerplateVocabulary.PhraseMatcher matcher(JsonNode array, Transliterator hant, Transliterator hans) {
        return new BoilerplateVocabulary.PhraseMatcher(BoilerplateVocabulary.bothScripts(array, hant, hans));
    }

    /** Longest first, so that "published on" is tried before "published". */
    private static List<String> longestFirst(Set<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    /** The words as one regular-expression alternation, longest first so that none hides a longer one. */
    static String alternatives(Set<String> words) {
        List<String> quoted = new ArrayList<>();
        words.stream().sorted((a, b) -> b.length() - a.length()).forEach(w -> quoted.add(Pattern.quote(w)));
        return String.join("|", quoted);
    }

    static GenreRules get() {
        return Holder.INSTANCE;
    }

    /** Loaded on first use, once (the class-holder idiom). */
    private static final class Holder {
        static final GenreRules INSTANCE = new GenreRules(BoilerplateVocabulary.readJson(RESOURCE));
    }

    /** "date", "event date", "Erscheinungsdatum", "发布日期": a label that gives a date. */
    boolean isDateLabel(String label) {
        String lastWord = label.substring(label.lastIndexOf(' ') + 1);
        return dateFields.contains(lastWord) || dateLabelEnds.stream().anyMatch(lastWord::endsWith);
    }

    boolean isHeaderField(String label) {
        return titleFields.contains(label) || authorFields.contains(label) || dateFields.contains(label)
                || otherFields.contains(label);
    }
}
