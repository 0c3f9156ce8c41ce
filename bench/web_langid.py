"""Print how well the web readers' language identification tells Hindi from Marathi, Nepali and English.

    .venv/bin/python bench/web_langid.py

Labelled texts: the language-ID probe samples of the toolchain notes, short texts written for this
benchmark, and the shipped samples/ (Hindi). lingua is compared when it is installed (it is not a
dependency: it has no Nepali).
"""

from __future__ import annotations

import time
from pathlib import Path

from ghatna.text.langid import identify_language

ROOT = Path(__file__).resolve().parent.parent
LABELLED = [
    ("hi", "प्रधानमंत्री ने आज नई दिल्ली में एक बैठक की अध्यक्षता की और किसानों के मुद्दों पर चर्चा की।"),
    ("mr", "मुख्यमंत्र्यांनी आज मुंबईत बैठक घेतली आणि शेतकऱ्यांच्या प्रश्नांवर चर्चा केली."),
    ("ne", "प्रधानमन्त्रीले आज काठमाडौंमा बैठक बसेर किसानका समस्याबारे छलफल गर्नुभयो।"),
    ("en", "The defence minister visited Astana on Tuesday to discuss military cooperation."),
    ("hi", "भारत और कजाकिस्तान"),
    ("mr", "मुंबईत पाऊस सुरू आहे"),
    ("ne", "नेपालमा चुनाव भयो"),
    ("hi", "Aero India 2019 में भारत ने हिस्सा लिया"),
    ("mr", "पुण्यात झालेल्या अपघातात तीन जण जखमी झाले असून पोलिसांनी तपास सुरू केला आहे."),
    ("ne", "काठमाडौंमा भएको दुर्घटनामा तीन जना घाइते भएका छन् र प्रहरीले अनुसन्धान सुरु गरेको छ।"),
    ("hi", "दिल्ली में हुई दुर्घटना में तीन लोग घायल हो गए और पुलिस ने जांच शुरू कर दी है।"),
    ("en", "Three people were injured in an accident in Delhi and police have started an investigation."),
    ("mr", "राज्य सरकारने आज नवीन धोरण जाहीर केले असून त्याचा फायदा लाखो विद्यार्थ्यांना होणार आहे."),
    ("ne", "नेपाल सरकारले आज नयाँ बजेट सार्वजनिक गरेको छ। अर्थमन्त्रीले संसदमा बजेट प्रस्तुत गर्नुभयो।"),
    ("hi", "राज्य सरकार ने आज नई नीति की घोषणा की, जिससे लाखों छात्रों को फायदा होगा।"),
]


def main() -> None:
    texts = LABELLED + [("hi", p.read_text(encoding="utf-8")) for p in sorted((ROOT / "samples").glob("*.txt"))]
    started = time.perf_counter()
    right = sum(identify_language(text).language == label for label, text in texts)
    ms = (time.perf_counter() - started) * 1000 / len(texts)
    print(f"gcld3 + Devanagari share: {right}/{len(texts)} right, {ms:.2f} ms/text")
    try:
        from lingua import LanguageDetectorBuilder
    except ImportError:
        print("lingua: not installed (pip install lingua-language-detector to compare)")
        return
    detector = LanguageDetectorBuilder.from_all_languages().build()
    started = time.perf_counter()
    found = [detector.detect_language_of(text) for _, text in texts]
    ms = (time.perf_counter() - started) * 1000 / len(texts)
    right = sum(
        f is not None and f.iso_code_639_1.name.lower() == label for f, (label, _) in zip(found, texts, strict=True)
    )
    print(f"lingua 2: {right}/{len(texts)} right, {ms:.2f} ms/text (no Nepali: it answers hi or mr)")


if __name__ == "__main__":
    main()
