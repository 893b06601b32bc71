import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from home.models import ContentPage, HomePage


class LocaleFactory(factory.django.DjangoModelFactory):
    language_code = "en-gb"

    class Meta:
        model = Locale
        django_get_or_create = ["language_code"]


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Home"
    hero_heading = "Get involved"
    hero_text = "Help shape the services you use."

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Content page {n}")
    summary = "A short summary in plain words."
    body = factory.LazyFunction(
        lambda: [{"type": "rich_text", "value": "<p>Some plain words about this.</p>"}]
    )

    class Meta:
        model = ContentPage


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "a-long-test-password")

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.add(*Group.objects.filter(name__in=names))
        if create:
            self.save()
