"""The words of the demo site, kept apart from the code that builds it.

Facts come from the seed documents in shared/seeds (the eight involvement principles of a
Nottinghamshire Healthcare guide, the seven ambitions of a Cumbria, Northumberland, Tyne and
Wear strategy, the co-production definition of a Surrey and Borders report); every sentence
is written afresh in plain English. The trust itself is invented.
"""


def text(*paragraphs):
    return {"type": "rich_text", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}


def html(value):
    return {"type": "rich_text", "value": value}


def inset(body):
    return {"type": "inset_text", "value": {"body": f"<p>{body}</p>"}}


def warning(title, body, heading_level=2):
    return {
        "type": "warning_callout",
        "value": {"title": title, "heading_level": heading_level, "body": f"<p>{body}</p>"},
    }


def expander(title, *paragraphs):
    return {
        "type": "expander",
        "value": {
            "title": title,
            "body": [{"type": "richtext", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}],
        },
    }


def do_list(items, label=""):
    return {
        "type": "do_list",
        "value": {"heading_level": 2, "label": label, "do": [f"<p>{i}</p>" for i in items]},
    }


def dont_list(items, label=""):
    return {
        "type": "dont_list",
        "value": {"heading_level": 2, "label": label, "dont": [f"<p>{i}</p>" for i in items]},
    }


def table(caption, header, rows):
    return {
        "type": "table",
        "value": {
            "data": [header, *rows],
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_caption": caption,
        },
    }


ORGANISATION = {
    "name": "Riverside Mental Health NHS Trust",
    # A number Ofcom keeps for drama, so nobody is ever rung by mistake.
    "phone": "0808 157 0192",
    "email": "involvement@example.org",
    "address": "Involvement Team\nRiverside House\n1 Mill Lane\nRiverside\nRV1 2AB",
}

HOME = {
    "hero_heading": "Your voice can change mental health services",
    "hero_text": "Tell us what works, what does not, and help us put it right, together.",
    "summary": "Ways for people who use our services, carers and local communities to have "
    "a say in mental health care, and to see what changed because they spoke up.",
    "introduction": "<p>You know our services from the inside. You may use them, care for "
    "someone who does, or live in a community we serve. What you have been through is "
    "expertise we cannot get anywhere else.</p><p>You can help as much or as little as "
    "suits you: answer a short survey, join a meeting once, sit on an interview panel, or "
    "work with us on a project from start to finish. We pay people for their time and "
    "cover expenses.</p>",
    "call_to_action_text": "Find out how to get involved",
}

ABOUT = {
    "title": "About involvement",
    "slug": "about-involvement",
    "summary": "What involvement and co-production mean, and the promises we make to "
    "everyone who works with us.",
    "body": [
        text(
            "Involvement means people who use our services, carers and local communities "
            "helping to decide how mental health care is planned, run and checked.",
            "It can be small, like answering a survey, or big, like helping to design a new "
            "service. Either way, you should be able to see what difference you made.",
        ),
        html("<h2>What co-production means</h2>"),
        text(
            "Co-production is the fullest kind of involvement. Staff, people who use "
            "services, carers and communities work as equal partners from the very start: "
            "deciding what the problem is, designing the answer and checking whether it "
            "worked.",
            "It rests on a simple idea. People who have lived with a mental health problem, "
            "or cared for someone who has, often know best what help would make a real "
            "difference.",
        ),
        inset(
            "Not everything can be co-produced. When we ask for your views on something "
            "that is already decided, we will tell you so, and tell you what you can still "
            "change."
        ),
        html("<h2>The ladder of involvement</h2>"),
        table(
            "How much say people have, from least to most",
            ["Level", "What it means for you"],
            [
                ["Informing", "We tell you about a decision and why we made it."],
                ["Consulting", "We ask for your views before we decide."],
                ["Involving", "You work with us and your views shape the decision."],
                ["Co-designing", "You help design the service or change with us."],
                ["Co-producing", "You share the power and the work, from start to finish."],
            ],
        ),
        html("<h2>Read more</h2>"),
    ],
}

PRINCIPLES = {
    "title": "Our eight involvement principles",
    "slug": "involvement-principles",
    "summary": "Eight promises about how we work with you, whatever the project.",
    "body": [
        text(
            "These eight principles guide every piece of involvement work we do. If we are "
            "not keeping to them, please tell us."
        ),
        html(
            "<ol>"
            "<li><b>You can change things.</b> We only ask for your time when your views "
            "can make a real difference to a decision.</li>"
            "<li><b>We listen to people with lived experience.</b> People who use services "
            "and carers are partners in the work, not guests.</li>"
            "<li><b>We reach every community.</b> We work with the many communities we "
            "serve, and go out to hear from people who are not in the room.</li>"
            "<li><b>We take time to build trust.</b> Good partnerships grow from respect, "
            "kindness, openness and honesty.</li>"
            "<li><b>We support you to take part.</b> You get the information, training and "
            "help you need to use your skills and grow new ones.</li>"
            "<li><b>We plan, decide and act together.</b> We agree the purpose, the money, "
            "the results we want and the dates at the start.</li>"
            "<li><b>We have honest conversations.</b> We listen, try to understand each "
            "other and take the time to reach answers together.</li>"
            "<li><b>We keep it simple and tell you what changed.</b> We use plain words, "
            "make information easy to get, and always report back.</li>"
            "</ol>"
        ),
        inset(
            "Some work is a one-off, like a single meeting or survey. We still keep to these "
            "principles as closely as we can."
        ),
    ],
}

AMBITIONS = {
    "title": "Our seven ambitions",
    "slug": "seven-ambitions",
    "summary": "Seven areas where people who use services and carers will work with staff "
    "as equal partners.",
    "body": [
        text(
            "Our involvement strategy sets out seven ambitions. Each one names an area where "
            "people who use our services and carers should be equal partners with staff."
        ),
        expander(
            "1. Designing and running services",
            "People who use services and carers help decide how care is planned, given and "
            "checked, from the earliest stage.",
            "Every team should have goals for involving people with lived experience.",
        ),
        expander(
            "2. Training",
            "People who use services and carers help write and deliver training for staff, "
            "so staff learn what matters to the people they care for.",
        ),
        expander(
            "3. Our workforce",
            "We value staff from many backgrounds and with many kinds of experience, "
            "including peer support workers with lived experience.",
            "People who use services help shape how we plan our workforce.",
        ),
        expander(
            "4. Recruitment",
            "People who use services and carers help write interview questions, sit on "
            "interview panels and give feedback on candidates. We offer training first.",
        ),
        expander(
            "5. Learning what works well",
            "People who use services and carers help us check whether services are safe, "
            "caring and effective, and help us improve them.",
        ),
        expander(
            "6. Communication",
            "We write and speak in plain words, without jargon, in ways that work for "
            "people with different communication needs.",
        ),
        expander(
            "7. Leadership",
            "People who use services and carers are leaders too. They get the same chances "
            "as staff to develop as leaders and to help make decisions.",
        ),
    ],
}

CONTACT = {
    "title": "Contact the involvement team",
    "slug": "contact",
    "summary": "Phone, email or write to us. We answer within 5 working days.",
    "body": [
        text(
            "You can contact us about getting involved, about something you took part in, "
            "or to ask for information in a different format."
        ),
        table(
            "Ways to contact us",
            ["How", "Details"],
            [
                ["Phone", "0808 157 0192, Monday to Friday, 9am to 5pm. Free to call."],
                ["Email", "involvement@example.org"],
                ["Post", "Involvement Team, Riverside House, 1 Mill Lane, Riverside, RV1 2AB"],
            ],
        ),
        text(
            "If you would rather we phoned you, leave a message with your name and number "
            "and we will call you back."
        ),
        warning(
            "If you need help now",
            "We cannot give medical advice. If you need urgent help for your mental health, "
            "call NHS 111 and choose option 2. You can call Samaritans free, day or night, "
            "on 116 123. In an emergency, call 999.",
        ),
    ],
}

PRIVACY = {
    "title": "Privacy notice",
    "slug": "privacy-notice",
    "summary": "What we collect when you get involved, why, who sees it and how to ask us "
    "to delete it.",
    "body": [
        html("<h2>Who we are</h2>"),
        text(
            "Riverside Mental Health NHS Trust is responsible for the information you give "
            "on this website. You can contact our data protection officer through the "
            "involvement team."
        ),
        html("<h2>What we collect</h2>"),
        text(
            "Only what you choose to tell us: for example your name, how to contact you, "
            "what you would like to be involved in and any help you need to take part.",
            "We do not need to know about your health or your care to involve you.",
        ),
        html("<h2>Why we collect it</h2>"),
        text(
            "To contact you about ways to get involved that you asked about, to arrange the "
            "support you need, and to pay you or cover your expenses."
        ),
        html("<h2>Who can see it</h2>"),
        text(
            "Only the involvement team, and the staff running an activity you signed up "
            "for. We never sell your information or share it for marketing."
        ),
        html("<h2>How long we keep it</h2>"),
        text(
            "We ask you once a year if you want to stay in touch. If you do not answer, or "
            "you ask us to, we delete your details."
        ),
        html("<h2>Your rights</h2>"),
        do_list(
            [
                "ask to see the information we hold about you",
                "ask us to correct it",
                "ask us to delete it",
                "complain to the Information Commissioner's Office if you are unhappy with "
                "how we handled it",
            ],
            label="You can",
        ),
    ],
}

ACCESSIBILITY = {
    "title": "Accessibility statement",
    "slug": "accessibility-statement",
    "summary": "How accessible this website is, what we know is not right yet, and how to "
    "tell us about a problem.",
    "body": [
        text(
            "We want as many people as possible to be able to use this website. You should "
            "be able to:"
        ),
        html(
            "<ul><li>zoom in up to 400% without the text spilling off the screen</li>"
            "<li>use the whole site with a keyboard alone</li>"
            "<li>use the site with a screen reader</li>"
            "<li>use every page and form without JavaScript</li>"
            "<li>read the site in Urdu and Arabic from right to left</li></ul>"
        ),
        html("<h2>How accessible this website is</h2>"),
        text(
            "We test every page type in a real browser with automatic accessibility checks "
            "(axe). We check against the Web Content Accessibility Guidelines version 2.2, at "
            "level AA (double A), the level public sector websites must meet. We test on a "
            "desktop screen and a phone screen.",
            "Automatic checks do not find every problem. We have not yet had the site "
            "tested by disabled people or by an accessibility expert.",
        ),
        html("<h2>What is not right yet</h2>"),
        text(
            "The site's menus and buttons are in English in every language for now. "
            "Translations are on their way.",
            "Most pages are only in English so far. When a page is not yet translated, we "
            "show the English page and say so.",
        ),
        html("<h2>Tell us about a problem</h2>"),
        text(
            "If you find a problem, or need information in a different format, contact the "
            "involvement team. We will reply within 5 working days.",
            "If you are not happy with how we respond, contact the Equality Advisory and "
            "Support Service (EASS).",
        ),
    ],
}

OTHER_FORMATS = {
    "title": "Ask for this in another format",
    "slug": "other-formats",
    "summary": "Get any page or document in easy read, large print, audio, Braille or "
    "another language, free.",
    "body": [
        text(
            "Everyone should be able to read and understand what we publish. We can give "
            "you any page or document on this site in a format that works for you, free of "
            "charge."
        ),
        do_list(
            [
                "easy read",
                "large print",
                "audio",
                "Braille",
                "British Sign Language (BSL) video",
                "another language",
            ],
            label="We can provide",
        ),
        text(
            "We can also book an interpreter, including a BSL interpreter, for any meeting "
            "or activity you take part in."
        ),
        inset(
            "Tell us which page or document you need, the format, and how to get it to you. "
            "Phone 0808 157 0192 or email involvement@example.org."
        ),
    ],
}
