from django.core.management.base import BaseCommand

from glossary.plain_english import MAX_SENTENCE_WORDS
from glossary.report import page_reports, summary


class Command(BaseCommand):
    help = (
        "Report the plain-English checks for every live page, as the editor's Checks panel "
        "shows them: readability (LIX, worked out as Wagtail does), sentences over "
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
            self.stdout.write(
                f"{item.url}  LIX {report.lix:.0f} ({report.readability}), "
                f"{len(report.long_sentences)} long sentences, "
                f"{len(report.long_paragraphs)} long paragraphs, "
                f"{len(report.plainer_words)} plainer words, "
                f"{len(report.abbreviations)} unexplained abbreviations, "
                f"{len(report.vague_links)} vague links"
            )
            if details:
                for sentence in report.long_sentences:
                    self.stdout.write(f"    long sentence: {sentence}")
                for paragraph in report.long_paragraphs:
                    self.stdout.write(f"    long paragraph: {paragraph[:80]}…")
                for word, alternative in report.plainer_words:
                    self.stdout.write(f"    plainer word: “{word}”, try “{alternative}”")
                for abbreviation in report.abbreviations:
                    self.stdout.write(f"    abbreviation not explained: {abbreviation}")
                for text in report.vague_links:
                    self.stdout.write(f"    link text: “{text}”")
        figures = summary(reports)
        self.stdout.write(
            f"\n{figures['pages']} pages: median LIX {figures['median_lix']:.1f}, "
            f"highest {figures['max_lix']:.1f}; "
            f"{figures['short_sentence_share']:.0%} of {figures['sentences']} sentences "
            f"have {MAX_SENTENCE_WORDS} words or fewer."
        )
