import wagtail_factories

from forums.feedback.pages import FeedbackPage


class FeedbackPageFactory(wagtail_factories.PageFactory):
    title = "Tell us about a service"
    slug = "tell-us-about-a-service"
    summary = "Tell us how one of our services went for you."
    introduction = "<p>Good or bad, we want to hear how it went.</p>"

    class Meta:
        model = FeedbackPage
