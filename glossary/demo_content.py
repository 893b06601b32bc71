"""The words of the demo glossary and toolkits, kept apart from the code that builds them.

The terms are those of the glossary in the Surrey and Borders co-production report
(shared/seeds/001, Toolkit 9), plus the words the other seeds use without explaining them.
The toolkits follow that report's Toolkits 1 to 8, and the Nottinghamshire Healthcare
guide's involvement principles and its before, during and after checklist (seed 002). Every
sentence is written afresh in plain English.
"""


def term(name, definition, explanation="", other_forms=(), abbreviations=(), related=()):
    return {
        "name": name,
        "definition": definition,
        "explanation": "".join(f"<p>{p}</p>" for p in explanation.split("\n") if p)
        if explanation
        else "",
        "other_forms": "\n".join(other_forms),
        "abbreviations": "\n".join(abbreviations),
        "related": list(related),
    }


GLOSSARY = {
    "title": "Glossary",
    "slug": "glossary",
    "summary": "The words we use about getting involved, each explained in plain English.",
    "introduction": "<p>Health services use a lot of special words. If you meet a word you "
    "do not know on this site, look it up here.</p><p>On other pages, a word with a dotted "
    "line under it is in this list. Select it to see what it means.</p>",
}

TERMS = [
    term(
        "Access",
        "Being able to use, reach or get something, such as a service, a building or information.",
        "If you have a disability, a service may need to change things so you can use it "
        "fully. For example, it may add a ramp or give you a leaflet in large print.",
        related=["Inclusion"],
    ),
    term(
        "Accountability",
        "Being responsible for making something happen, and explaining what happened and why.",
        related=["Clinical governance"],
    ),
    term(
        "Acronym",
        "A short word made from the first letters of other words, like NHS.",
        "Many acronyms are jargon. We try to write the words out in full the first time.",
        related=["Jargon"],
    ),
    term(
        "Active listening",
        "Listening with your full attention, so the other person feels truly heard.",
        "You do not interrupt or do other things at the same time. You check that you have "
        "understood. This matters most when someone finds it hard to speak up.",
    ),
    term(
        "Active participation",
        "Having a say in your own care and support, and in how you live your life.",
        related=["Participation", "Person-centred care"],
    ),
    term(
        "Advocate",
        "Someone who helps you say what you want, or speaks up for you, when you find that hard.",
        "An advocate is on your side. They do not work for the service. Some advocates are "
        "free and are there by law.",
        other_forms=["advocacy"],
    ),
    term(
        "Assets",
        "The good things a person or a community has, like skills, friends, groups and places.",
        related=["Asset mapping"],
    ),
    term(
        "Asset mapping",
        "Making a list of the good things a community already has, so we can build on them.",
        "Instead of starting with what people lack, we start with what they have. That "
        "might be local groups, meeting places, skills and the links between people.",
        other_forms=["asset-mapping", "community asset mapping"],
        related=["Assets", "Mapping"],
    ),
    term(
        "Autonomy",
        "Having choice and control over your own life.",
        "Even if you need a lot of care, you should still make your own choices and be "
        "treated with dignity.",
    ),
    term(
        "Benchmark",
        "A level of quality that services are measured against, so they can be compared.",
        "Comparing services in this way shows where they do well and where they could do better.",
        other_forms=["benchmarking"],
        related=["Performance indicators"],
    ),
    term(
        "British Sign Language",
        "The sign language many deaf people in the UK use. It has its own grammar.",
        abbreviations=["BSL"],
    ),
    term(
        "Capacity",
        "Being able to understand, remember and weigh up information to make a choice, and "
        "to tell others what you decided.",
        "Some people lose capacity for a time, for example when very unwell. The law says "
        "we must help people make their own choices whenever we can.",
    ),
    term(
        "Care Act 2014",
        "A law for England that says what care and support you can get, and what councils "
        "must do.",
        "Councils must think about your wellbeing and look at your needs. They must also "
        "help you get advice about paying for care.",
        related=["Statutory guidance", "Carer's assessment"],
    ),
    term(
        "Care coordinator",
        "The member of staff who plans your care with you and keeps everyone in touch.",
        "They are often a nurse, social worker or occupational therapist. They are the "
        "person to contact if you have questions about your care.",
        related=["Care Programme Approach"],
    ),
    term(
        "Care Programme Approach",
        "A way of planning and checking the care of people with complex mental health needs.",
        "You get a care coordinator and a written care plan. The plan is looked at again "
        "with you at least once a year.",
        abbreviations=["CPA"],
        related=["Care coordinator"],
    ),
    term(
        "Carer",
        "Someone who looks after a family member, partner or friend without being paid.",
        "The person they care for may be ill, disabled, or struggling with their mental "
        "health. A care worker is different: they are paid to help.",
        other_forms=["carers", "unpaid carer", "family carer"],
        related=["Young carer", "Triangle of Care", "Carer's assessment"],
    ),
    term(
        "Carer's assessment",
        "A talk with the council about what help you need to keep caring and stay well.",
        "Any carer can ask for one. It is free. It looks at your own needs, not the needs "
        "of the person you care for.",
        other_forms=["carers assessment", "carer’s assessment"],
        related=["Carer", "Care Act 2014"],
    ),
    term(
        "Clinical commissioning group",
        "A group of family doctors' surgeries that used to plan and pay for local health "
        "services.",
        "They were replaced in July 2022 by integrated care boards. You may still see the "
        "name in older papers.",
        abbreviations=["CCG"],
        related=["Commissioner", "Integrated care board"],
    ),
    term(
        "Clinical governance",
        "The way a health service keeps checking and improving how safe and good its care is.",
        related=["Accountability"],
    ),
    term(
        "Co-commissioning",
        "Two or more bodies working together to plan and pay for a health service.",
        related=["Commissioner"],
    ),
    term(
        "Co-design",
        "Planning a new or changed service together with the people who will use it.",
        "You share your ideas and experience, and work with staff on how the service should work.",
        other_forms=["codesign", "co-designed", "co-designing"],
        related=["Co-production"],
    ),
    term(
        "Cognitive dissonance",
        "The uneasy feeling when what you believe and what you do, or see, do not match.",
    ),
    term(
        "Collaboration",
        "People or groups working together to make or achieve something.",
        other_forms=["collaborative"],
    ),
    term(
        "Commissioner",
        "A person or body that decides which services an area needs and makes sure they are "
        "there.",
        "Commissioners often pay for the services too. Health and council commissioners "
        "often work together.",
        other_forms=["commissioners", "commissioning"],
        related=["Co-commissioning"],
    ),
    term(
        "Community forum",
        "A regular local meeting where anyone can tell the trust what works and what should "
        "change.",
        "Our forums meet in each area, in person and online in turn. Points raised at a "
        "forum can become ideas that people vote on.",
        other_forms=["community forums"],
        related=["Forum"],
    ),
    term(
        "Consultation",
        "Asking people what they think before a decision is made.",
        "In a consultation you give your views, but others make the decision. Taking part "
        "can go further than that.",
        related=["Participation", "Co-production"],
    ),
    term(
        "Continuity of care",
        "Seeing the same staff each time, or having staff who share what they know about you.",
        "It matters most if you have a long-term condition or complex needs.",
    ),
    term(
        "Coordinated care",
        "Care where all the people and services helping you work together around your needs.",
        other_forms=["co-ordinated care"],
        related=["Integrated care"],
    ),
    term(
        "Co-production",
        "People who use services, carers and staff working as equal partners from the start.",
        "It means sharing power. People with lived experience often know best what will "
        "make a real difference. They help plan, make and check a service, not just give "
        "their views.",
        other_forms=["coproduction", "co-produce", "co-produced", "co-producing"],
        related=["Co-design", "Lived experience", "Tokenism"],
    ),
    term(
        "Culture",
        "The shared habits, beliefs and ways of behaving of a group of people.",
    ),
    term(
        "Diversity",
        "The ways people differ, such as in race, age, gender, faith, sexuality and disability.",
        "Valuing diversity means welcoming people from every background and helping "
        "everyone take part.",
        other_forms=["diverse"],
        related=["Inclusion"],
    ),
    term(
        "Early intervention",
        "Help given early, to stop a problem getting worse later.",
    ),
    term(
        "Engagement",
        "The ways an organisation talks and listens to people, from sharing news to working "
        "together.",
        "Before choosing how to engage, think about why you are doing it and who you need "
        "to hear from.",
        other_forms=["engagement method", "engagement methods"],
    ),
    term(
        "Equality Advisory and Support Service",
        "A free national helpline for people who think they have been treated unfairly.",
        abbreviations=["EASS"],
    ),
    term(
        "Expert by experience",
        "Someone whose own experience of a service, as a patient or carer, is valued as "
        "expert knowledge.",
        "Some trusts pay experts by experience to help with training, interviews and "
        "service design.",
        other_forms=["experts by experience"],
        related=["Lived experience", "Involvement Partner"],
    ),
    term(
        "Facilitator",
        "Someone who runs a meeting so everyone can take part and the group can reach a decision.",
        "A good facilitator stays neutral. They do not push their own view.",
        other_forms=["facilitate", "facilitated", "facilitation"],
    ),
    term(
        "Forum",
        "A meeting, or a place online, where people talk about a shared issue.",
        related=["Community forum"],
    ),
    term(
        "Governor",
        "A member of the public, patient, carer or staff member chosen to hold the trust's "
        "board to account.",
        "Foundation trusts have a council of governors. Members of the trust vote for most "
        "of them.",
        other_forms=["governors", "council of governors"],
    ),
    term(
        "Inclusion",
        "Making sure everyone can take part, by removing what stops them.",
        "It means treating people as equals and making them feel welcome and respected.",
        other_forms=["inclusive"],
        related=["Diversity", "Access"],
    ),
    term(
        "Integrated care",
        "Health care, social care and other help, such as housing, joined up around you.",
        related=["Coordinated care", "Integrated care board"],
    ),
    term(
        "Integrated care board",
        "The NHS body that plans and pays for most health services in an area.",
        "These boards took over from clinical commissioning groups in July 2022.",
        abbreviations=["ICB"],
        related=["Clinical commissioning group", "Commissioner"],
    ),
    term(
        "Involvement",
        "Taking part in improving services, for example by giving your views or joining a group.",
        other_forms=["getting involved", "user involvement", "service user involvement"],
        related=["Co-production", "Participation"],
    ),
    term(
        "Involvement Partner",
        "A person who uses services, or a carer, who is registered to help the trust improve "
        "them.",
        "Involvement Partners take part in projects, meetings and interviews. We pay back "
        "their costs, and pay for their time on some projects.",
        other_forms=["Involvement Partners"],
        related=["Involvement register", "Expert by experience"],
    ),
    term(
        "Involvement register",
        "Our list of people who want to hear about ways to get involved.",
        "We keep your details safe and only use them to contact you about involvement. You "
        "can ask us to delete them at any time.",
        other_forms=["involvement bank"],
        related=["Involvement Partner"],
    ),
    term(
        "Jargon",
        "Special words a group uses that other people do not understand.",
        "This glossary explains the jargon you may meet in health services.",
        related=["Acronym"],
    ),
    term(
        "Lived experience",
        "What you know from going through something yourself, such as a mental health "
        "problem or caring.",
        related=["Expert by experience", "Co-production"],
    ),
    term(
        "LGBTQ+",
        "Lesbian, gay, bisexual, trans and queer or questioning people, and others whose "
        "sexuality or gender differs from most people's.",
        abbreviations=["LGBTQ"],
        related=["Diversity"],
    ),
    term(
        "Mapping",
        "Looking at what services an area already has, what it needs, and where.",
        related=["Asset mapping"],
    ),
    term(
        "Outcomes",
        "The changes you want to happen, for example staying in your own home.",
        "You should be able to say which outcomes matter most to you, and get help to reach them.",
        other_forms=["outcome"],
        related=["Outputs"],
    ),
    term(
        "Outputs",
        "The things a service produces or does, such as hours of care given.",
        "Outputs are not the same as outcomes. The hours of care are the output. Staying "
        "in your home is the outcome.",
        other_forms=["output"],
        related=["Outcomes"],
    ),
    term(
        "Panel",
        "A group of people who make or check decisions together, such as an interview panel.",
        other_forms=["interview panel", "panels"],
    ),
    term(
        "Participation",
        "Taking part in decisions about things that affect you and other people.",
        "It is more than being asked your view. You should be able to change the final decision.",
        other_forms=["participate", "participating"],
        related=["Involvement", "Consultation"],
    ),
    term(
        "Patient Advice and Liaison Service",
        "A free, private service that helps with questions and problems about NHS care.",
        "Staff there listen to your worries and help sort things out. They can also tell "
        "you how to make a complaint.",
        abbreviations=["PALS"],
    ),
    term(
        "Peer support",
        "Help and support from people who have been through something similar.",
        "People support each other as equals. This can happen one to one or in groups, "
        "face to face or online.",
        other_forms=["peer network", "peer support group"],
        related=["Peer support worker"],
    ),
    term(
        "Peer support worker",
        "A member of staff who uses their own experience of mental health problems to help "
        "others.",
        other_forms=["peer support workers", "peer worker", "peer workers"],
        related=["Peer support", "Lived experience"],
    ),
    term(
        "People who use services",
        "Anyone who gets care or support, at home, in hospital or elsewhere.",
        "Some people call this a patient, a client or a service user. Many prefer to be "
        "called a person who uses services.",
        other_forms=["person who uses services"],
        related=["Service user"],
    ),
    term(
        "Performance indicators",
        "Measures that show if an organisation is doing what it should, such as waiting times.",
        other_forms=["performance indicator", "key performance indicators"],
        related=["Benchmark"],
    ),
    term(
        "Person-centred care",
        "Care planned around you, your needs and what matters to you.",
        "It treats you as an equal partner. It follows the rule: no decision about me without me.",
        other_forms=["person centred care", "person-centred"],
        related=["Active participation"],
    ),
    term(
        "Practitioner",
        "Someone trained to give care or support, such as a nurse, doctor or social worker.",
        other_forms=["practitioners"],
    ),
    term(
        "Quality improvement",
        "A step-by-step way of making services better, by testing small changes and "
        "measuring what happens.",
        abbreviations=["QI"],
    ),
    term(
        "Recovery College",
        "A college that runs free courses about mental health and wellbeing, for anyone.",
        "Courses are planned and taught by staff and people with lived experience together.",
        related=["Co-production"],
    ),
    term(
        "Service user",
        "A person who gets care or support from a service.",
        "Not everyone likes this term. Many prefer: a person who uses services.",
        other_forms=["service users"],
        related=["People who use services"],
    ),
    term(
        "Stakeholders",
        "People or groups who care about what an organisation does, or are affected by it.",
        other_forms=["stakeholder"],
    ),
    term(
        "Statutory guidance",
        "Advice from the government on how a law should work in practice.",
        related=["Care Act 2014"],
    ),
    term(
        "Tokenism",
        "Involving people only for show, without letting them change anything.",
        "For example, a board gives one person with lived experience a seat, but never "
        "acts on what they say.",
        other_forms=["tokenistic"],
        related=["Co-production"],
    ),
    term(
        "Triangle of Care",
        "A way of working where the patient, their carer and staff work together as partners.",
        "The three sides of the triangle are the person who uses services, the carer and "
        "the main professional. Carers are included in planning the care of the person "
        "they look after.",
        related=["Carer"],
    ),
    term(
        # Not plain "trust": marking would catch the verb (people trust you).
        "NHS trust",
        "An NHS organisation that runs hospitals or services, such as mental health services.",
        other_forms=["NHS foundation trust", "foundation trust", "NHS trusts"],
        related=["Governor"],
    ),
    term(
        "Voluntary sector",
        "Charities and community groups that are not run by the government and do not aim "
        "to make a profit.",
        "Many people who work for them are paid. Some groups are run by and for the people "
        "they help.",
        other_forms=["voluntary organisations", "third sector"],
    ),
    term(
        "Workshop",
        "A meeting where people learn or plan something by talking and doing activities together.",
        other_forms=["workshops"],
    ),
    term(
        "Young carer",
        "Someone aged 18 or under who helps look after a family member or friend.",
        "They may cook, clean, shop or give emotional support. Young carers need support too.",
        other_forms=["young carers"],
        related=["Carer"],
    ),
]

PLAINER_WORDS = [
    ("utilise", "use"),
    ("utilize", "use"),
    ("facilitate", "help, run"),
    ("commence", "start"),
    ("endeavour", "try"),
    ("in order to", "to"),
    ("prior to", "before"),
    ("subsequently", "later"),
    ("approximately", "about"),
    ("assist", "help"),
    ("ascertain", "find out"),
    ("individuals", "people"),
    ("regarding", "about"),
    ("sufficient", "enough"),
    ("therefore", "so"),
    ("whilst", "while"),
    ("additional", "more, extra"),
    ("in relation to", "about"),
    ("purchase", "buy"),
    ("require", "need"),
]


def text(*paragraphs):
    return {"type": "rich_text", "value": "".join(f"<p>{p}</p>" for p in paragraphs)}


def heading(words):
    return {"type": "rich_text", "value": f"<h2>{words}</h2>"}


def bullets(items):
    return {
        "type": "rich_text",
        "value": "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>",
    }


def steps(title, items):
    return {
        "type": "steps",
        "value": {
            "heading": title,
            "steps": [{"title": step, "body": f"<p>{body}</p>"} for step, body in items],
        },
    }


def checklist(title, items, introduction=""):
    return {
        "type": "checklist",
        "value": {
            "heading": title,
            "introduction": f"<p>{introduction}</p>" if introduction else "",
            "items": [f"<p>{item}</p>" for item in items],
        },
    }


def resources(items, title="Find out more"):
    return {
        "type": "resources",
        "value": {
            "heading": title,
            "resources": [
                {"title": name, "document": None, "url": url, "description": description}
                for name, url, description in items
            ],
        },
    }


def inset(body):
    return {"type": "inset_text", "value": {"body": f"<p>{body}</p>"}}


TOOLKIT_INDEX = {
    "title": "Toolkits",
    "slug": "toolkits",
    "summary": "Practical guides for staff and volunteers who want to involve people well.",
    "introduction": "<p>These guides came from what people told us they needed. They are "
    "not rules. Use what helps, and change the rest to suit your team.</p><p>Each one "
    "prints as a handout.</p>",
}

SELF_ASSESSMENT = {
    "title": "Check how well your team involves people",
    "slug": "self-assessment",
    "summary": "Score your team from 0 to 3 on 17 statements. See where you are and what "
    "the next step looks like.",
    "introduction": "<p>Do this as a team, with people who use your service if you can. "
    "Give each statement a score from 0 to 3. The table in each part says what each score "
    "looks like.</p><p>We do not keep your answers. When you finish, you see your average "
    "score for each part and what the next level looks like. You can print the "
    "result.</p>",
    "reflection": "<p>Finish these sentences together:</p><ul><li>Our service would be "
    "truly co-produced if …</li><li>Our service would put people first more if …</li><li>We "
    "would do more co-production if …</li></ul><p>Do this again in a year and compare your "
    "scores.</p>",
    "sections": [
        {
            "heading": "Designing the service",
            "question": "Do people with lived experience help design your service?",
            "levels": {
                "level_0": "People with lived experience have no say in how the service is "
                "designed.",
                "level_1": "People are asked to help now and then, as informal volunteers.",
                "level_2": "There are unpaid roles for experts by experience in the service.",
                "level_3": "There are paid roles for experts by experience in the service.",
            },
            "statements": [
                "They are part of the working group that designs the service.",
                "They are asked for ideas about the design, for example at a workshop.",
            ],
        },
        {
            "heading": "Running the service",
            "question": "Do people with lived experience help run your service?",
            "levels": {
                "level_0": "People with lived experience take no part in running the service.",
                "level_1": "People are asked to help now and then, as informal volunteers.",
                "level_2": "There are unpaid roles for experts by experience in the service.",
                "level_3": "There are paid roles for experts by experience in the service.",
            },
            "statements": [
                "They sit on interview panels.",
                "They help welcome new staff.",
                "They help train staff.",
                "They give talks.",
                "They help write leaflets and other information.",
                "They are part of a group that checks and improves the service.",
                "They give feedback often.",
            ],
        },
        {
            "heading": "Supporting each other",
            "question": "Do people with lived experience who work with you get support?",
            "levels": {
                "level_0": "There is no support for people with lived experience who work "
                "with us.",
                "level_1": "A member of staff supports them.",
                "level_2": "People support each other informally, for example with a buddy.",
                "level_3": "A peer network helps people share what they know and learn new "
                "skills.",
            },
            "statements": [
                "There is a way of supporting them.",
                "They have a named member of staff to support them.",
                "They can have a mentor or a buddy.",
                "They can join a peer network to share what they know and learn skills.",
            ],
        },
        {
            "heading": "Valuing what people give",
            "question": "Do you thank people and show what changed because of them?",
            "levels": {
                "level_0": "People are not usually asked what they think of the service.",
                "level_1": "People are asked what they think, and their ideas shape the service.",
                "level_2": "People know their help will be thanked or rewarded.",
                "level_3": "We always record what people give, and we thank or reward them.",
            },
            "statements": [
                "People are asked what they think of the service.",
                "Their ideas change how the service is run.",
                "They are thanked or rewarded for taking part.",
                "What they give is recorded, and they are thanked or rewarded every time.",
            ],
        },
    ],
}

TOOLKITS = [
    {
        "title": "Planning involvement: before, during and after",
        "slug": "before-during-after",
        "summary": "A checklist for each stage of a piece of involvement work, from the "
        "first idea to saying thank you.",
        "body": [
            text(
                "Good planning helps people trust that your project will be fair, kind and "
                "worth their time. Use this checklist for any project that involves people "
                "who use services, carers or families.",
                "For a one-off meeting, a light touch is fine. For a project that runs for "
                "weeks or months, work through every point.",
            ),
            checklist(
                "Before you start",
                [
                    "Talk to the involvement team. We can help you plan, find people and run "
                    "meetings.",
                    "Know how long you have and what people can and cannot change. Be honest "
                    "about it.",
                    "Think about who is affected by the change. Plan how you will reach them, "
                    "including people we do not often hear from.",
                    "Check that people know how to join the involvement register.",
                    "Offer support: a chat before the first meeting, a named person to "
                    "contact, and any training they need.",
                    "Welcome carers and support workers, so everyone feels able to speak.",
                    "Send information at least a week before. Say what it is, when and where "
                    "it is, and who to call with a problem.",
                    "Offer some meetings in the evening or at the weekend.",
                    "For a meeting in person, check the building is easy to reach and get "
                    "into. Check the toilets, drinks, seats and noise.",
                    "For an online meeting, explain how to join, speak, ask a question and "
                    "use the chat.",
                    "Tell people what costs we pay back and how to claim. Pay claims quickly.",
                    "Have one person who knows the service well and one who can chair fairly.",
                    "Do not fill the room with staff. Too many staff can stop people speaking up.",
                    "Gather what is already known, such as feedback, figures and ideas from "
                    "elsewhere.",
                ],
            ),
            checklist(
                "During: your first meeting",
                [
                    "Say again why you are meeting, how long you have and what can change.",
                    "Agree how you will work together. Agree how you will make decisions "
                    "and who decides if you disagree.",
                    "Share roles such as chair and note taker.",
                    "Spend time on what each person hopes will change, and how you will know.",
                    "Gather ideas and let people build on each other's ideas. Do not rush this.",
                    "Ask who else should be involved.",
                ],
            ),
            checklist(
                "During: as the work goes on",
                [
                    "Agree a plan with names and dates.",
                    "Get to know each other's skills and experience.",
                    "Agree how you will share information between meetings. Keep it short "
                    "and clear.",
                    "Stop now and then to ask how well the group is working.",
                    "Share draft notes within a week. Let the group correct them.",
                ],
            ),
            checklist(
                "After",
                [
                    "Agree with everyone what was decided and achieved.",
                    "Tell everyone who took part, and everyone affected, what happens next.",
                    "Thank people, and show them the difference they made.",
                ],
            ),
        ],
    },
    {
        "title": "Our eight involvement principles",
        "slug": "involvement-principles",
        "summary": "What we promise when we involve you, and how staff can keep each promise.",
        "body": [
            text(
                "These principles guide every piece of involvement work. When a project is "
                "short, we still follow them as well as we can."
            ),
            steps(
                "The principles, and how to keep them",
                [
                    (
                        "Make sure people can change things",
                        "Say at the start what people can change and what they cannot. Say "
                        "who makes each decision.",
                    ),
                    (
                        "Include and listen to people with lived experience",
                        "Bring people in from the very start. Plan meetings with people, not "
                        "for them. Sharing your story can be tiring, so allow for that.",
                    ),
                    (
                        "Include and listen to all our communities",
                        "Find out who uses your service and who does not, and why. Reach out "
                        "through community groups, other languages and support workers.",
                    ),
                    (
                        "Take time to build trust",
                        "Get to know each other. Be open and honest, even when talks are "
                        "hard. Be kind, and keep the talk respectful.",
                    ),
                    (
                        "Support people to take part",
                        "Offer a chat before meetings. Explain papers, give time to think, "
                        "and help with travel. Offer training if there is time.",
                    ),
                    (
                        "Plan, decide and act together",
                        "Agree the aims, money, time and next steps as a group, from the "
                        "first meeting.",
                    ),
                    (
                        "Have honest conversations",
                        "Listen to understand, not to win. Ask open questions, such as: can "
                        "you help me understand?",
                    ),
                    (
                        "Make information simple and easy to get",
                        "Use plain words and avoid jargon. Use clear print of at least 12 "
                        "point. Always tell people what changed.",
                    ),
                ],
            ),
        ],
    },
    {
        "title": "Using social media for co-production",
        "slug": "social-media",
        "summary": "Nine social media features that help you ask people's views and start "
        "a conversation.",
        "body": [
            text(
                "Social media can reach people who would never come to a meeting. Keep "
                "posts short and friendly. Always say what you will do with what people "
                "tell you."
            ),
            steps(
                "Nine features to try",
                [
                    (
                        "Polls",
                        "Give two to four answers to choose from. For example: which job "
                        "title do you prefer for peer support workers?",
                    ),
                    (
                        "Question boxes",
                        "Ask an open question in a story, such as: what does mental health "
                        "mean to you? Share the answers to keep the talk going.",
                    ),
                    (
                        "Comments",
                        "Let people give their views in their own words. Reply to them, so "
                        "it feels like a conversation.",
                    ),
                    (
                        "Tags",
                        "Tag other groups in your posts. Their followers see your post too.",
                    ),
                    (
                        "Hashtags",
                        "Add a hashtag such as #LivedExperience so more people find your post.",
                    ),
                    (
                        "Sharing",
                        "Share posts from partners. It helps small groups reach more people.",
                    ),
                    (
                        "Joint posts",
                        "Post together with a partner, so the same post reaches both sets of "
                        "followers.",
                    ),
                    (
                        "Questions that stay up",
                        "Some apps keep a question on your profile for good. People can "
                        "answer it at any time.",
                    ),
                    (
                        "Video replies",
                        "Answer a comment with a short video. It gives a fuller reply than a "
                        "few words.",
                    ),
                ],
            ),
            inset(
                "Never ask people to share private health details in public. Give a private "
                "way to contact you too."
            ),
        ],
    },
    {
        "title": "Community asset mapping",
        "slug": "asset-mapping",
        "summary": "How to find and list the good things a community already has, with the "
        "people who live there.",
        "body": [
            text(
                "Asset mapping starts with what a community has, not what it lacks. Assets "
                "can be people, groups, places and the links between them.",
                "Do it with local people. They know their area best.",
            ),
            steps(
                "How to map your community's assets",
                [
                    (
                        "Choose the area",
                        "Agree the streets, town or group you mean. Keep it small enough to "
                        "walk or talk about.",
                    ),
                    (
                        "Bring people together",
                        "Invite people who live or work there, and people who use your "
                        "service. Meet somewhere local and familiar.",
                    ),
                    (
                        "List what is there",
                        "Draw a big map. Add groups, places to meet, faith centres, shops, "
                        "parks and people others turn to for help.",
                    ),
                    (
                        "Ask what people are good at",
                        "Every person has skills, such as cooking, listening or speaking "
                        "another language. Add them to the map.",
                    ),
                    (
                        "Look for links",
                        "Draw lines between assets that work together. Look for gaps where a "
                        "link would help.",
                    ),
                    (
                        "Agree what to do next",
                        "Choose one or two ways to build on what you found. Share the map "
                        "with everyone who helped.",
                    ),
                ],
            ),
        ],
    },
    {
        "title": "Think carer",
        "slug": "think-carer",
        "summary": "Eight things carers told us they need from our services.",
        "body": [
            text(
                "Carers know the person they look after well. They are partners in care. "
                "Here is what carers asked us to do."
            ),
            checklist(
                "What carers need from us",
                [
                    "Notice early that I am a carer. Look at my needs as part of the whole "
                    "family, and let me choose how I care.",
                    "Help me know my rights and the rights of the person I care for. Stand "
                    "up for them.",
                    "Include me when the person I care for leaves hospital. Tell me who to "
                    "call in a crisis.",
                    "Give me good information that fits my situation, including advice "
                    "about money and benefits.",
                    "Help me stay well, keep in touch with others and have breaks.",
                    "See me as a person with my own needs. Help me stay in work or learning.",
                    "Give me support and training so I feel confident. Treat me as an expert "
                    "partner in care.",
                    "Give me real chances to be heard, so my experience changes things.",
                ],
            ),
            inset(
                "Carers can ask the council for a carer's assessment. It is free, and it is "
                "about the carer's own needs."
            ),
        ],
    },
    {
        "title": "Think young carer",
        "slug": "think-young-carer",
        "summary": "What young carers told us would help them and the people they look after.",
        "body": [
            text(
                "Young carers are 18 or under. They may cook, clean, give medicine or just be "
                "there. Here is what they asked staff to remember."
            ),
            checklist(
                "What young carers need from staff",
                [
                    "See the whole person we care for, not just their illness. See us too.",
                    "Give long-term help, not six weeks and done. Activities and groups help "
                    "us both feel less alone.",
                    "Give us one adult we can trust, so we do not tell our story again and again.",
                    "Make treatment flexible, so we can still go to school.",
                    "Tell us about medicines: what each is for and what side effects to expect.",
                    "If we tell you about our lives, we need comfort and support. Train staff "
                    "to understand that.",
                    "Be clear about what you can and cannot do for us.",
                    "Help family doctors, chemists and us to talk to each other, so there are "
                    "fewer mix-ups.",
                    "Write crisis plans in words we understand, so we know what to do.",
                    "Act fast in a crisis when you know a young carer is at home.",
                ],
            ),
        ],
    },
    {
        "title": "Co-producing a feedback survey",
        "slug": "feedback-survey",
        "summary": "Ten steps to write a survey together with the people you want to hear from.",
        "body": [
            steps(
                "Ten steps",
                [
                    ("Say why", "Be clear what you want to learn, and why."),
                    (
                        "Know who to ask",
                        "Decide who knows about this subject from their own experience.",
                    ),
                    (
                        "Form a group",
                        "Invite some of those people, and partners from other groups. Aim "
                        "for a mix of views.",
                    ),
                    (
                        "Talk it through",
                        "Discuss what you hope to learn. Use this to shape questions.",
                    ),
                    (
                        "Gather ideas",
                        "Ask everyone in the group to suggest questions and themes.",
                    ),
                    (
                        "Write in plain words",
                        "Turn the ideas into short, simple questions that anyone can answer.",
                    ),
                    (
                        "Check the meaning",
                        "Ask the group how they read each question. Change any that are unclear.",
                    ),
                    (
                        "Review together",
                        "Bring the draft back to the group and make changes. Ask for views "
                        "at every stage.",
                    ),
                    (
                        "Test it",
                        "Ask a few people who did not help write it to try it. Fresh eyes "
                        "spot problems.",
                    ),
                    (
                        "Share it widely",
                        "Send it through groups the people you want to hear from trust. Send "
                        "a reminder, too.",
                    ),
                ],
            ),
        ],
    },
    {
        "title": "Creating a safe space for co-production",
        "slug": "safe-space",
        "summary": "How to choose a place and run a session so that everyone feels safe to "
        "speak, or to just listen.",
        "body": [
            checklist(
                "Choosing the place and time",
                [
                    "Offer a choice of places and times, so people fit the session around "
                    "their lives.",
                    "Choose a place near a bus stop or station, with step-free access and a "
                    "hearing loop.",
                    "Avoid harsh lights. Use soft lighting if you can.",
                    "Have water, healthy snacks and tissues to hand.",
                ],
            ),
            checklist(
                "Running the session",
                [
                    "Ask someone who uses services to lead the session with you. Give them "
                    "support to prepare.",
                    "Agree some ground rules at the start.",
                    "Let each person finish before the next speaks.",
                    "Disagree with respect and without judging.",
                    "Say that no answer or feeling is wrong, and no one will get into trouble.",
                    "Say people can just listen if they prefer.",
                    "Check you have understood by saying back what you heard.",
                    "Take breaks, so no one has to focus for too long.",
                    "Adapt the session to the people in the room. Keep it simple if people "
                    "are unwell.",
                ],
            ),
        ],
    },
    {
        "title": "Running a creative feedback workshop",
        "slug": "creative-workshop",
        "summary": "Use paper figures and coloured cards to help people show how much say "
        "they have in their care.",
        "body": [
            text(
                "Some people find it hard to put feelings into words. Making something can "
                "help. This workshop lets people show how much say they have in their care.",
            ),
            checklist(
                "What you need",
                [
                    "A card circle for each person, with rings from the middle to the edge.",
                    "Three cut-out people for each person to decorate.",
                    "Red, amber and green cards for each person.",
                    "A whiteboard and pens.",
                    "Glue, scissors, pens, felt, sequins and coloured paper.",
                ],
            ),
            steps(
                "How to run it",
                [
                    (
                        "Break the ice",
                        "Start with a fun question, such as: what would your superhero power be?",
                    ),
                    (
                        "Explain the aims",
                        "Say what the workshop is for and go through the steps. Invite questions.",
                    ),
                    (
                        "Explain the cards",
                        "Red means angry, sad or frustrated, amber means unsure and green "
                        "means happy. No feeling is wrong.",
                    ),
                    (
                        "Decorate the figures",
                        "The three figures stand for a doctor, a carer and the person "
                        "themselves. Give time to decorate them.",
                    ),
                    (
                        "Place the figures",
                        "Ask people to place each figure on the circle. The nearer the "
                        "middle, the more say that person has in their care.",
                    ),
                    (
                        "Ask questions",
                        "Ask: do you have a say in your care? Do you know what your medicine "
                        "is for? See if the figures move.",
                    ),
                    (
                        "Close",
                        "Thank everyone. Remind them how they helped, and say how you will "
                        "tell them what happens next.",
                    ),
                ],
            ),
            inset(
                "In the best case, all three figures stand side by side in the middle. That "
                "is what shared decisions look like."
            ),
        ],
    },
    {
        "title": "Where to learn more about co-production",
        "slug": "learn-more",
        "summary": "Other guides to co-production from national groups, if you want to go "
        "further.",
        "body": [
            text("Our toolkits are a starting point. These groups publish fuller guides."),
            resources(
                [
                    (
                        "New Economics Foundation",
                        "https://neweconomics.org/",
                        "Research and guides on sharing power with communities.",
                    ),
                    (
                        "National Survivor User Network",
                        "https://www.nsun.org.uk/",
                        "A network of people with lived experience of mental health problems.",
                    ),
                    (
                        "Think Local Act Personal",
                        "https://www.thinklocalactpersonal.org.uk/",
                        "A partnership that helps make care and support more personal.",
                    ),
                    (
                        "Rethink Mental Illness",
                        "https://www.rethink.org/",
                        "A charity with advice for people affected by mental illness.",
                    ),
                ],
                title="Guides and groups",
            ),
        ],
    },
]
