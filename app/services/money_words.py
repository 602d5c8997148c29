"""Amounts in words, as a receipt writes them: "One thousand two hundred fifty dirhams and fifty fils".

Qt-free and exact (integer minor units in, words out). Languages: English
(``en``), French (``fr``), Urdu (``ur``, with lakh and crore: "ایک لاکھ
پچیس ہزار پچاس روپے صرف"), Hindi (``hi``, the same scale: "एक लाख पच्चीस
हज़ार पचास रुपये मात्र") and Swahili (``sw``, the unit first: "Shilingi elfu
moja mia mbili na hamsini tu"). Any other school language — Arabic among the
languages the set-up offers — has no words here yet and falls back to
English, visibly: :func:`words_language` says which language the words are
in, and the receipt labels them "In words (English)". A receipt must always
carry the amount in words. Currencies a school is likely to use have their
unit names; any other is written with its ISO code.
"""

from __future__ import annotations

# ISO code → (English singular, plural, minor singular, minor plural), French the same.
CURRENCY_NAMES: dict[str, dict[str, tuple[str, str, str, str]]] = {
    "en": {
        "AED": ("dirham", "dirhams", "fils", "fils"),
        "SAR": ("riyal", "riyals", "halala", "halalas"),
        "QAR": ("riyal", "riyals", "dirham", "dirhams"),
        "PKR": ("rupee", "rupees", "paisa", "paise"),
        "INR": ("rupee", "rupees", "paisa", "paise"),
        "KES": ("shilling", "shillings", "cent", "cents"),
        "UGX": ("shilling", "shillings", "cent", "cents"),
        "TZS": ("shilling", "shillings", "cent", "cents"),
        "NGN": ("naira", "naira", "kobo", "kobo"),
        "GHS": ("cedi", "cedis", "pesewa", "pesewas"),
        "USD": ("dollar", "dollars", "cent", "cents"),
        "EUR": ("euro", "euros", "cent", "cents"),
        "GBP": ("pound", "pounds", "penny", "pence"),
        "XOF": ("CFA franc", "CFA francs", "centime", "centimes"),
        "MAD": ("dirham", "dirhams", "centime", "centimes"),
        "EGP": ("pound", "pounds", "piastre", "piastres"),
        "BDT": ("taka", "taka", "poisha", "poisha"),
    },
    "fr": {
        "AED": ("dirham", "dirhams", "fils", "fils"),
        "EUR": ("euro", "euros", "centime", "centimes"),
        "XOF": ("franc CFA", "francs CFA", "centime", "centimes"),
        "XAF": ("franc CFA", "francs CFA", "centime", "centimes"),
        "MAD": ("dirham", "dirhams", "centime", "centimes"),
        "USD": ("dollar", "dollars", "cent", "cents"),
        "CAD": ("dollar", "dollars", "cent", "cents"),
        "CHF": ("franc", "francs", "centime", "centimes"),
        "GBP": ("livre", "livres", "penny", "pence"),
        "PKR": ("roupie", "roupies", "paisa", "paise"),
        "INR": ("roupie", "roupies", "paisa", "paise"),
        "KES": ("shilling", "shillings", "cent", "cents"),
        "SAR": ("riyal", "riyals", "halala", "halalas"),
    },
    "ur": {
        "PKR": ("روپیہ", "روپے", "پیسہ", "پیسے"),
        "INR": ("روپیہ", "روپے", "پیسہ", "پیسے"),
        "AED": ("درہم", "درہم", "فلس", "فلس"),
        "SAR": ("ریال", "ریال", "ہللہ", "ہللے"),
        "QAR": ("ریال", "ریال", "درہم", "درہم"),
        "USD": ("ڈالر", "ڈالر", "سینٹ", "سینٹ"),
        "EUR": ("یورو", "یورو", "سینٹ", "سینٹ"),
        "GBP": ("پاؤنڈ", "پاؤنڈ", "پینس", "پینس"),
    },
    "hi": {
        "INR": ("रुपया", "रुपये", "पैसा", "पैसे"),
        "PKR": ("रुपया", "रुपये", "पैसा", "पैसे"),
        "NPR": ("रुपया", "रुपये", "पैसा", "पैसे"),
        "AED": ("दिरहम", "दिरहम", "फ़िल्स", "फ़िल्स"),
        "SAR": ("रियाल", "रियाल", "हलाला", "हलाला"),
        "QAR": ("रियाल", "रियाल", "दिरहम", "दिरहम"),
        "USD": ("डॉलर", "डॉलर", "सेंट", "सेंट"),
        "EUR": ("यूरो", "यूरो", "सेंट", "सेंट"),
        "GBP": ("पाउंड", "पाउंड", "पेंस", "पेंस"),
    },
    # Swahili writes the unit before the number: "shilingi mia tano" (five hundred shillings).
    "sw": {
        "KES": ("shilingi", "shilingi", "senti", "senti"),
        "TZS": ("shilingi", "shilingi", "senti", "senti"),
        "UGX": ("shilingi", "shilingi", "senti", "senti"),
        "USD": ("dola", "dola", "senti", "senti"),
        "EUR": ("yuro", "yuro", "senti", "senti"),
        "GBP": ("pauni", "pauni", "peni", "peni"),
        "AED": ("dirham", "dirham", "fils", "fils"),
    },
}

# Urdu: each number below a hundred has its own word; larger numbers go by the
# South Asian scale (سو hundred, ہزار thousand, لاکھ lakh, کروڑ crore, ارب arab).
_UR_BELOW_HUNDRED = (
    "صفر ایک دو تین چار پانچ چھ سات آٹھ نو "
    "دس گیارہ بارہ تیرہ چودہ پندرہ سولہ سترہ اٹھارہ انیس "
    "بیس اکیس بائیس تئیس چوبیس پچیس چھبیس ستائیس اٹھائیس انتیس "
    "تیس اکتیس بتیس تینتیس چونتیس پینتیس چھتیس سینتیس اڑتیس انتالیس "
    "چالیس اکتالیس بیالیس تینتالیس چوالیس پینتالیس چھیالیس سینتالیس اڑتالیس انچاس "
    "پچاس اکاون باون ترپن چون پچپن چھپن ستاون اٹھاون انسٹھ "
    "ساٹھ اکسٹھ باسٹھ تریسٹھ چونسٹھ پینسٹھ چھیاسٹھ سڑسٹھ اڑسٹھ انہتر "
    "ستر اکہتر بہتر تہتر چوہتر پچھتر چھہتر ستتر اٹھہتر اناسی "
    "اسی اکیاسی بیاسی تراسی چوراسی پچاسی چھیاسی ستاسی اٹھاسی نواسی "
    "نوے اکانوے بانوے ترانوے چورانوے پچانوے چھیانوے ستانوے اٹھانوے ننانوے"
).split()
_UR_SCALES = ((10**11, "کھرب"), (10**9, "ارب"), (10**7, "کروڑ"), (10**5, "لاکھ"), (1000, "ہزار"), (100, "سو"))

# Hindi: like Urdu, a word for each number below a hundred, then सौ, हज़ार, लाख, करोड़, अरब, खरब.
_HI_BELOW_HUNDRED = (
    "शून्य एक दो तीन चार पाँच छह सात आठ नौ "
    "दस ग्यारह बारह तेरह चौदह पंद्रह सोलह सत्रह अठारह उन्नीस "
    "बीस इक्कीस बाईस तेईस चौबीस पच्चीस छब्बीस सत्ताईस अट्ठाईस उनतीस "
    "तीस इकतीस बत्तीस तैंतीस चौंतीस पैंतीस छत्तीस सैंतीस अड़तीस उनतालीस "
    "चालीस इकतालीस बयालीस तैंतालीस चवालीस पैंतालीस छियालीस सैंतालीस अड़तालीस उनचास "
    "पचास इक्यावन बावन तिरपन चौवन पचपन छप्पन सत्तावन अट्ठावन उनसठ "
    "साठ इकसठ बासठ तिरसठ चौंसठ पैंसठ छियासठ सड़सठ अड़सठ उनहत्तर "
    "सत्तर इकहत्तर बहत्तर तिहत्तर चौहत्तर पचहत्तर छिहत्तर सतहत्तर अठहत्तर उन्यासी "
    "अस्सी इक्यासी बयासी तिरासी चौरासी पचासी छियासी सत्तासी अट्ठासी नवासी "
    "नब्बे इक्यानबे बानबे तिरानबे चौरानबे पचानबे छियानबे सत्तानबे अट्ठानबे निन्यानबे"
).split()
_HI_SCALES = ((10**11, "खरब"), (10**9, "अरब"), (10**7, "करोड़"), (10**5, "लाख"), (1000, "हज़ार"), (100, "सौ"))

# Swahili: tens and ones joined by "na" (kumi na moja, ishirini na tano); mia, elfu, laki, milioni.
_SW_ONES = "sifuri moja mbili tatu nne tano sita saba nane tisa".split()
_SW_TENS = "_ kumi ishirini thelathini arobaini hamsini sitini sabini themanini tisini".split()
_SW_SCALES = ((10**9, "bilioni"), (10**6, "milioni"), (10**5, "laki"), (1000, "elfu"), (100, "mia"))

_EN_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
            "sixteen seventeen eighteen nineteen").split()
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_EN_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand"))

_FR_ONES = ("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
            "dix-sept dix-huit dix-neuf").split()
_FR_TENS = "_ _ vingt trente quarante cinquante soixante soixante quatre-vingt quatre-vingt".split()


def _en_below_thousand(n: int) -> str:
    parts = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        parts.append(f"{_EN_ONES[hundreds]} hundred")
    if rest:
        if rest < 20:
            parts.append(_EN_ONES[rest])
        else:
            tens, ones = divmod(rest, 10)
            parts.append(_EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else ""))
    return " ".join(parts)


def number_in_english(n: int) -> str:
    if n < 0:
        return "minus " + number_in_english(-n)
    if n == 0:
        return "zero"
    parts = []
    for value, name in _EN_SCALES:
        if n >= value:
            count, n = divmod(n, value)
            parts.append(f"{number_in_english(count)} {name}")
    if n:
        parts.append(_en_below_thousand(n))
    return " ".join(parts)


def _fr_below_hundred(n: int) -> str:
    if n < 20:
        return _FR_ONES[n]
    tens, ones = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix…, quatre-vingt-dix…
        base = _FR_TENS[tens]
        low = 10 + ones
        joiner = " et " if tens == 7 and ones == 1 else "-"
        return f"{base}{joiner}{_FR_ONES[low]}"
    if tens == 8:
        return "quatre-vingts" if ones == 0 else f"quatre-vingt-{_FR_ONES[ones]}"
    if ones == 0:
        return _FR_TENS[tens]
    if ones == 1:
        return f"{_FR_TENS[tens]} et un"
    return f"{_FR_TENS[tens]}-{_FR_ONES[ones]}"


def _fr_below_thousand(n: int) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        if hundreds == 1:
            parts.append("cent")
        else:
            parts.append(f"{_FR_ONES[hundreds]} cent{'s' if rest == 0 else ''}")
    if rest:
        parts.append(_fr_below_hundred(rest))
    return " ".join(parts)


def number_in_french(n: int) -> str:
    if n < 0:
        return "moins " + number_in_french(-n)
    if n == 0:
        return "zéro"
    parts = []
    for value, one, many in ((10**12, "billion", "billions"), (10**9, "milliard", "milliards"),
                             (10**6, "million", "millions")):
        if n >= value:
            count, n = divmod(n, value)
            parts.append(f"{number_in_french(count)} {one if count == 1 else many}")
    if n >= 1000:
        count, n = divmod(n, 1000)
        # "mille" never takes an s, nor do "cent" and "vingt" just before it.
        before = _fr_below_thousand(count)
        if before.endswith(("cents", "vingts")):
            before = before[:-1]
        parts.append("mille" if count == 1 else f"{before} mille")
    if n:
        parts.append(_fr_below_thousand(n))
    return " ".join(parts)


def number_in_urdu(n: int) -> str:
    """``125050`` → ``"ایک لاکھ پچیس ہزار پچاس"`` (lakh and crore, as Pakistan writes amounts)."""
    if n < 0:
        return "منفی " + number_in_urdu(-n)
    if n < 100:
        return _UR_BELOW_HUNDRED[n]
    parts = []
    for value, name in _UR_SCALES:
        if n >= value:
            count, n = divmod(n, value)
            parts.append(f"{number_in_urdu(count)} {name}")
    if n:
        parts.append(_UR_BELOW_HUNDRED[n])
    return " ".join(parts)


def number_in_hindi(n: int) -> str:
    """``125050`` → ``"एक लाख पच्चीस हज़ार पचास"`` (lakh and crore, as India writes amounts)."""
    if n < 0:
        return "ऋण " + number_in_hindi(-n)
    if n < 100:
        return _HI_BELOW_HUNDRED[n]
    parts = []
    for value, name in _HI_SCALES:
        if n >= value:
            count, n = divmod(n, value)
            parts.append(f"{number_in_hindi(count)} {name}")
    if n:
        parts.append(_HI_BELOW_HUNDRED[n])
    return " ".join(parts)


def _sw_below_hundred(n: int) -> str:
    tens, ones = divmod(n, 10)
    if not tens:
        return _SW_ONES[ones]
    return _SW_TENS[tens] + (f" na {_SW_ONES[ones]}" if ones else "")


def number_in_swahili(n: int) -> str:
    """``1250`` → ``"elfu moja mia mbili na hamsini"``; ``125050`` → ``"laki moja elfu ishirini na tano na hamsini"``."""
    if n < 0:
        return "hasi " + number_in_swahili(-n)
    if n < 100:
        return _sw_below_hundred(n)
    parts = []
    for value, name in _SW_SCALES:
        if n >= value:
            count, n = divmod(n, value)
            parts.append(f"{name} {number_in_swahili(count)}")
    if n:
        parts.append(f"na {_sw_below_hundred(n)}")
    return " ".join(parts)


def language_of(locale_name: str) -> str:
    """``"fr_SN"`` → ``"fr"``; a language without number words here → ``"en"``."""
    lang = (locale_name or "en").replace("-", "_").split("_")[0].lower()
    return lang if lang in CURRENCY_NAMES else "en"


def words_language(locale_name: str) -> str:
    """The language the amount in words is written in for a school's locale (``"ar_SA"`` → ``"en"``)."""
    return language_of(locale_name)


def has_words(locale_name: str) -> bool:
    """Whether the school's own language has amounts in words here (else they are in English)."""
    lang = (locale_name or "en").replace("-", "_").split("_")[0].lower()
    return lang in CURRENCY_NAMES


def amount_in_words(amount_minor: int, currency: str, digits: int = 2, language: str = "en") -> str:
    """``125050, "AED", 2`` → ``"One thousand two hundred fifty dirhams and fifty fils"``."""
    lang = language_of(language)
    whole, minor = divmod(abs(amount_minor), 10**digits) if digits else (abs(amount_minor), 0)
    names = CURRENCY_NAMES[lang].get(currency.upper())
    spell = {"fr": number_in_french, "ur": number_in_urdu, "hi": number_in_hindi,
             "sw": number_in_swahili}.get(lang, number_in_english)
    conj = {"fr": "et", "ur": "اور", "hi": "और", "sw": "na"}.get(lang, "and")
    only = {"fr": "seulement", "ur": "صرف", "hi": "मात्र", "sw": "tu"}.get(lang, "only")
    if names is not None and lang == "sw":  # the unit first: "shilingi elfu moja na senti hamsini"
        major_one, major_many, minor_one, minor_many = names
        text = f"{major_one if whole == 1 else major_many} {spell(whole)}"
        if minor:
            text += f" {conj} {minor_one if minor == 1 else minor_many} {spell(minor)}"
    elif names is None:
        text = f"{currency.upper()} {spell(whole)}"
        if minor:
            text += f" {conj} {minor:0{digits}d}/{10**digits}"
    else:
        major_one, major_many, minor_one, minor_many = names
        text = f"{spell(whole)} {major_one if whole == 1 else major_many}"
        if lang == "fr" and whole % 10**6 == 0 and whole:
            text = f"{spell(whole)} de {major_many}"
        if minor:
            text += f" {conj} {spell(minor)} {minor_one if minor == 1 else minor_many}"
    if amount_minor < 0:
        text = {"fr": "moins ", "ur": "منفی ", "hi": "ऋण ", "sw": "hasi "}.get(lang, "minus ") + text
    text = f"{text} {only}"
    return text[:1].upper() + text[1:]
