"""Hindi, Marathi, Nepali and English news pages and feeds for the web-source tests.

The texts are written for these tests (not taken from any corpus).
"""

from __future__ import annotations

import html
from dataclasses import dataclass


@dataclass(frozen=True)
class Story:
    slug: str
    title: str
    paragraphs: tuple[str, ...]
    published: str  # ISO date-time
    author: str
    lang: str = "hi"


HINDI = (
    Story(
        "sansad-krishi",
        "संसद के शीतकालीन सत्र में कृषि विधेयक पर बहस",
        (
            "नई दिल्ली: संसद के शीतकालीन सत्र के तीसरे दिन कृषि विधेयक पर लंबी बहस हुई। कृषि मंत्री ने सदन को "
            "बताया कि सरकार किसानों की आय बढ़ाने के लिए नई योजना लाएगी।",
            "विपक्ष के नेताओं ने विधेयक का विरोध किया और इसे स्थायी समिति को भेजने की मांग की। लोकसभा अध्यक्ष ने "
            "दोनों पक्षों से शांति बनाए रखने की अपील की।",
            "संसदीय कार्य मंत्री ने कहा कि सरकार हर सुझाव पर विचार करने को तैयार है। बहस शुक्रवार को भी जारी रहेगी।",
        ),
        "2023-12-06T10:15:00+05:30",
        "विशेष संवाददाता",
    ),
    Story(
        "bharat-nepal-vyapar",
        "भारत और नेपाल के बीच व्यापार समझौते पर हस्ताक्षर",
        (
            "काठमांडू: भारत और नेपाल ने मंगलवार को एक नए व्यापार समझौते पर हस्ताक्षर किए। दोनों देशों के वाणिज्य "
            "मंत्रियों ने कहा कि इस समझौते से सीमा पर माल की आवाजाही आसान होगी।",
            "समझौते के तहत दस नई सीमा चौकियों पर आधुनिक जांच केंद्र बनाए जाएंगे। नेपाल के प्रधानमंत्री ने भारत के "
            "सहयोग के लिए धन्यवाद दिया।",
            "अधिकारियों के अनुसार अगले वर्ष से दोनों देशों के बीच व्यापार में तेजी आने की उम्मीद है।",
        ),
        "2023-12-05T18:40:00+05:30",
        "राजेश कुमार",
    ),
    Story(
        "chunav-tarikh",
        "चुनाव आयोग ने मतदान की तारीखों की घोषणा की",
        (
            "नई दिल्ली: चुनाव आयोग ने गुरुवार को पांच राज्यों में विधानसभा चुनाव की तारीखों की घोषणा की। मुख्य "
            "चुनाव आयुक्त ने संवाददाता सम्मेलन में बताया कि मतदान सात चरणों में होगा।",
            "आयोग ने सभी राजनीतिक दलों से आचार संहिता का पालन करने को कहा। सुरक्षा के लिए केंद्रीय बलों की "
            "अतिरिक्त कंपनियां तैनात की जाएंगी।",
            "मतगणना अगले महीने की दस तारीख को होगी और उसी दिन नतीजे घोषित किए जाएंगे।",
        ),
        "2023-12-07T09:00:00+05:30",
        "सुनीता शर्मा",
    ),
)

MARATHI = Story(
    "karjmafi",
    "राज्य सरकारची नवीन कर्जमाफी योजना",
    (
        "मुंबई: राज्य सरकारने आज शेतकऱ्यांसाठी नवीन कर्जमाफी योजना जाहीर केली. मुख्यमंत्र्यांनी पत्रकार परिषदेत "
        "सांगितले की या योजनेचा फायदा लाखो शेतकऱ्यांना होणार आहे.",
        "विरोधी पक्षाने या निर्णयावर टीका केली असून ही योजना अपुरी असल्याचे म्हटले आहे. पुढील आठवड्यात विधानसभेत यावर चर्चा होणार आहे.",
    ),
    "2023-12-06T12:00:00+05:30",
    "प्रतिनिधी",
    "mr",
)

NEPALI = Story(
    "bajet",
    "सरकारले नयाँ बजेट सार्वजनिक गर्‍यो",
    (
        "काठमाडौं: नेपाल सरकारले आज नयाँ बजेट सार्वजनिक गरेको छ। अर्थमन्त्रीले संसदमा बजेट प्रस्तुत गर्दै पूर्वाधार "
        "विकासमा जोड दिने बताउनुभयो।",
        "विपक्षी दलहरूले बजेटको आलोचना गरेका छन्। बजेटमाथि अर्को हप्ता संसदमा छलफल हुनेछ।",
    ),
    "2023-12-06T08:00:00+05:45",
    "संवाददाता",
    "ne",
)

ENGLISH = Story(
    "election-dates",
    "Election commission announces polling dates",
    (
        "New Delhi: The election commission on Thursday announced the dates for assembly elections in five "
        "states. The chief election commissioner told a press conference that polling will be held in seven phases.",
        "The commission asked all political parties to follow the model code of conduct. Additional companies of "
        "central forces will be deployed for security.",
    ),
    "2023-12-07T09:00:00+05:30",
    "Staff reporter",
    "en",
)


def page(story: Story, canonical: str | None = None, with_date: bool = True) -> str:
    """A news page with the usual clutter around the article: menu, ticker, sidebar, share bar, footer."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in story.paragraphs)
    date_meta = f'<meta property="article:published_time" content="{story.published}">' if with_date else ""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="{story.lang}"><head><meta charset="utf-8">
<title>{html.escape(story.title)} | समाचार संसार</title>
<meta property="og:title" content="{html.escape(story.title)}">
{date_meta}
<meta name="author" content="{html.escape(story.author)}">
{link}
</head><body>
<nav><a href="/">होम</a> <a href="/desh">देश</a> <a href="/videsh">विदेश</a> <a href="/khel">खेल</a></nav>
<div class="ticker">ब्रेकिंग न्यूज़: शेयर बाजार में तेजी</div>
<article><h1>{html.escape(story.title)}</h1>
<div class="byline">{html.escape(story.author)} | अपडेटेड</div>
{body}
</article>
<aside><h3>सबसे ज्यादा पढ़ी गई</h3><ul><li><a href="/x">क्रिकेट टीम की जीत</a></li></ul></aside>
<div class="share">शेयर करें: फेसबुक ट्विटर</div>
<footer>सर्वाधिकार सुरक्षित</footer>
<script>var tracking = 1;</script>
</body></html>"""


def rss(base: str, stories: tuple[Story, ...]) -> str:
    items = "\n".join(
        f"""<item><title>{html.escape(s.title)}</title><link>{base}/news/{s.slug}.html</link>
<guid isPermaLink="false">urn:test:{s.slug}</guid><pubDate>{_rfc822(s.published)}</pubDate></item>"""
        for s in stories
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>समाचार संसार</title><link>{base}/</link>
<description>ताज़ा ख़बरें</description>
{items}
</channel></rss>"""


def atom(base: str, stories: tuple[Story, ...]) -> str:
    entries = "\n".join(
        f"""<entry><title>{html.escape(s.title)}</title><link href="{base}/news/{s.slug}.html"/>
<id>tag:test,2023:{s.slug}</id><updated>{s.published}</updated></entry>"""
        for s in stories
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>समाचार संसार</title><id>tag:test,2023:feed</id>
<updated>2023-12-07T09:00:00+05:30</updated>
{entries}
</feed>"""


def _rfc822(iso: str) -> str:
    from datetime import datetime
    from email.utils import format_datetime

    return format_datetime(datetime.fromisoformat(iso))
