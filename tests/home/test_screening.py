"""The crisis and complaint screening of free text (home.screening): the one normaliser, the
lists of all eight languages checked against every message, and the checks that keep the
lists from flagging ordinary suggestions. No database."""

import pytest

from home import screening
from home.screening import describe, matches, mentions_crisis, normalise, reads_as_complaint


@pytest.mark.parametrize(
    "typed, normalised",
    [
        ("Samobójstwo!", "samobojstwo"),  # Polish accents and ł
        ("Myśli SAMOBÓJCZE, ciągłe", "mysli samobojcze ciagle"),
        ("sinucidere, sinucigaşă, sinucigașă", "sinucidere sinucigasa sinucigasa"),
        ("ＣＲＩＳＩＳ", "crisis"),  # NFKC: full-width letters
        ("I don’t want to live", "i dont want to live"),  # apostrophes dropped
        ("self-harm", "self harm"),
        ("أُرِيدُ أنْ أمـــوت", "اريد ان اموت"),  # tashkeel, tatweel, alef with hamza
        ("إنهاء آلام", "انهاء الام"),  # alef forms
        ("شكوى مستشفى", "شكوي مستشفي"),  # alef maqsura
        ("خودکشی", "خودكشي"),  # Urdu keheh and yeh, as an Arabic keyboard types them
        ("خود\u200cکشی", "خودكشي"),  # zero-width non-joiner
        ("مرنے کو دل", "مرني كو دل"),  # bari yeh
        ("زندگی کا خاتمہ", "زندگي كا خاتمه"),  # heh goal
        ("ﺧﻮﺩﮐﺸﯽ", "خودكشي"),  # presentation forms
        ("ਖ਼ੁਦਕੁਸ਼ੀ", normalise("ਖੁਦਕੁਸਿ")),  # nukta, long i
        ("বাঁচতে চাই না", normalise("বাচতে চাই না")),  # chandrabindu
    ],
)
def test_normalise(typed, normalised):
    assert normalise(typed) == normalised


def test_sinucigasa_with_either_comma_or_cedilla():
    assert normalise("sinucigaşă") == normalise("sinucigașă") == normalise("sinucigasa")
    assert normalise("ţ ț") == "t t"


@pytest.mark.parametrize("language", screening.LANGUAGES)
def test_every_language_has_both_lists(language):
    lists = screening.read_list(language)
    assert len(lists["crisis"]) >= 40 and len(lists["complaint"]) >= 10


@pytest.mark.parametrize("kind", screening.KINDS)
def test_every_term_finds_itself(kind):
    """Each term, written out plainly, is found: a term the normaliser changes differently
    from the text it is meant to catch would never match."""
    for term in screening.terms(kind):
        assert term.found_in(normalise(term.written.replace("*", ""))), term


@pytest.mark.parametrize("kind", screening.KINDS)
def test_no_term_is_listed_twice_in_one_language(kind):
    seen = {}
    for term in screening.terms(kind):
        key = (term.language, term.pattern.pattern)
        assert key not in seen, f"{term.written} repeats {seen[key]} ({term.language})"
        seen[key] = term.written


# Stems of one word that are short but were checked by hand against common words.
REVIEWED_SHORT_STEMS = {"*وقح", "ਸੰਕਟ*"}


@pytest.mark.parametrize("kind", screening.KINDS)
def test_short_stems_only_inside_phrases(kind):
    """A term of one open-ended word needs four letters or more ("crisis" inside other words
    must not flag); shorter open words are allowed only inside a phrase."""
    for term in screening.terms(kind):
        words = term.written.split()
        for word in words:
            if "*" not in word:
                continue
            letters = normalise(word.strip("*")).replace(" ", "")
            assert len(letters) >= 2, term
            if len(words) == 1 and term.written not in REVIEWED_SHORT_STEMS:
                assert len(letters) >= 4, term


CRISIS = [
    # English
    "Since I left the ward I have had thoughts of ending my life.",
    "Some days I want to hurt myself.",
    "I've started cutting again and I don't know who to tell",
    "i took an overdose last year",
    # Polish, with and without diacritics, several cases and word orders
    "Od wyjścia ze szpitala mam myśli samobójcze.",
    "mam mysli samobojcze",
    "Czasem chcę się zabić.",
    "czasem chce sie zabic",
    "Odechciało mi się żyć.",
    "Nie mam po co żyć",
    "Przedawkowałam leki w zeszłym roku.",
    # Romanian
    "Mă gândesc la sinucidere în fiecare noapte.",
    "ma gandesc la sinucidere",
    "Am gânduri sinucigaşe.",
    "Nu mai vreau să trăiesc.",
    "Vreau să-mi iau viața.",
    # Punjabi, Gurmukhi, Shahmukhi and Latin letters
    "ਮੇਰੇ ਮਨ ਵਿੱਚ ਖੁਦਕੁਸ਼ੀ ਦੇ ਖਿਆਲ ਆਉਂਦੇ ਹਨ",
    "ਮੈਂ ਹੁਣ ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦਾ",
    "main marna chaunda haan",
    "میں مرنا چاہندا ہاں",
    # Urdu, Urdu script typed on an Arabic keyboard, and Roman Urdu
    "وارڈ سے گھر آنے کے بعد سے مجھے اپنی زندگی ختم کرنے کے خیالات آتے ہیں۔",
    "مجھے خودكشي کے خیال آتے ہیں",
    "میں جینا نہیں چاہتی",
    "ward se ghar aane ke baad khudkushi ke khayal aate hain",
    "mujhe suicide ke khayal aate hain",
    # Portuguese
    "Desde que saí do internamento tenho pensado em acabar com a minha vida.",
    "Já não quero viver.",
    "Tenho pensamentos de suicídio.",
    # Arabic
    "منذ خروجي من المستشفى تراودني أفكار الانتحار.",
    "أُريد أن أمـوت",
    "بدي موت",
    "فكرت بإيذاء النفس",
    # Bengali, and in Latin letters
    "ওয়ার্ড থেকে বাড়ি আসার পর থেকে আমার মাথায় আত্মহত্যার চিন্তা আসে।",
    "আমি আর বাঁচতে চাই না",
    "ami attohotta korte chai",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_in_every_language(text):
    assert mentions_crisis(text)


COMPLAINTS = [
    "I want to complain about a rude nurse.",
    "Pielęgniarka była niegrzeczna. Chcę złożyć skargę.",
    "Vreau să fac o plângere: m-au tratat urât.",
    "ਮੈਂ ਸ਼ਿਕਾਇਤ ਕਰਨੀ ਚਾਹੁੰਦੀ ਹਾਂ",
    "میں شکایت کرنا چاہتا ہوں",
    "staff ne bohat badtameezi ki",
    "Quero fazer uma reclamação.",
    "كان الموظف وقحاً مع والدتي",
    "আমি অভিযোগ করতে চাই",
]


@pytest.mark.parametrize("text", COMPLAINTS)
def test_complaints_in_every_language(text):
    assert reads_as_complaint(text)


# Ordinary suggestions with the words that sit closest to the lists: none may be flagged.
HARMLESS = [
    "The main issue is parking. Could Sue on reception print the leaflets?",
    "Please cut waiting times and make the chips less crispy.",
    "Proszę pozwolić rodzinom odwiedzać chorych. Ciągle się martwię o tatę, pocieszam się.",
    "Ar fi bine să fie o reclamă cu orele de vizită. Plâng de bucurie când văd grădina.",
    "Seria bom processar os pedidos mais depressa e ter abacate no café.",
    "لازم نتحرك لتحسين مواعيد الزيارة ويتحرك الموظفون بسرعة.",
    "کلینک تک پہنچنے کے لیے بس کی معلومات چاہیے",
    "ਕਿਰਪਾ ਕਰਕੇ ਵਾਰਡ ਵਿੱਚ ਪੰਜਾਬੀ ਵਿੱਚ ਜਾਣਕਾਰੀ ਦਿਓ",
    "ওয়ার্ডে বাংলায় তথ্য দিলে ভালো হয়",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_ordinary_suggestions_are_not_flagged(text):
    assert not matches(text, "crisis") and not matches(text, "complaint")


def test_describe_names_each_term_found_once():
    found = matches("Suicide. خودکشی. suicidal", "crisis")
    assert describe(found) == "“suicid*” (en-gb), “خودکشی” (ur)"


def test_nothing_to_screen():
    assert not mentions_crisis("") and not mentions_crisis(None) and not matches("  ", "crisis")
