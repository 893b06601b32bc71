from django.core.management.base import BaseCommand

from glossary.passages import PROSE_MIN_WORDS
from glossary.plain_english import MAX_SENTENCE_WORDS
from glossary.report import page_reports, sentence_figures, summary


class Command(BaseCommand):
    help = (
        "Report the plain-English checks for every live page, on the words its editors "
        "wrote (never the template's fixed text), as the editor's Checks panel gives them: "
        "the reading age (English) and LIX of the prose (paragraphs and list items of "
        f"{PROSE_MIN_WORDS} words or more, not titles or headings), sentences over "
        f"{MAX_SENTENCE_WORDS} words, paragraphs over 3 sentences, words with a plainer "
        "alternative, unexplained abbreviations and vague link text. Advice only."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--details", action="store_true", help="List each piece of advice, not just counts."
        )

    def handle(self, details=False, **options):
        reports = page_reports()
        for item in reports:
            report = item.report
            age = (
                f"reading age {report.reading_age:.1f}, " if report.reading_age is not None else ""
            )
            self.stdout.write(
                f"{item.url}  {age}LIX {report.lix:.1f} ({report.readability}), "
                f"{len(report.long_sentences)} long sentences, "
                f"{len(report.long_paragraphs)} long paragraphs, "
                f"{len(report.plainer_words)} plainer words, "
                f"{len(report.abbreviations)} unexplained abbreviations, "
                f"{len(report.vague_links)} vague links"
            )
            if details:
                for passage, sentence, count in report.long_sentences:
                    self.stdout.write(
                        f"    long sentence ({passage.place}, {count} words): {sentence}"
                    )
                for passage, count in report.long_paragraphs:
                    self.stdout.write(
                        f"    long paragraph ({passage.place}, {count} sentences): "
                        f"{passage.text[:80]}…"
                    )
                for passage, word, alternative in report.plainer_words:
                    self.stdout.write(
                        f"    plainer word ({passage.place}): “{word}”, try “{alternative}”"
                    )
                for passage, abbreviation in report.abbreviations:
                    self.stdout.write(
                        f"    abbreviation not explained ({passage.place}): {abbreviation}"
                    )
                for passage, text in report.vague_links:
                    self.stdout.write(f"    link text ({passage.place}): “{text}”")
        figures = summary(reports)
        self.stdout.write(
            f"\n{figures['pages']} pages: median LIX {figures['median_lix']:.1f}, "
            f"highest {figures['max_lix']:.1f}; median reading age "
            f"{figures['median_reading_age']:.1f} (English pages); {sentence_figures(figures)}"
        )
