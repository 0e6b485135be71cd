"""Forms of the public's pages: posting a job (the text, then the fields to check) and reporting a listing.

Each has a honeypot: a field people never see (hidden by CSS and from assistive technology) that bots fill.
"""

from django import forms
from django.conf import settings
from django.core.validators import MinValueValidator

from .choices import PayPeriod, WorkMode
from .submission_models import ReportReason
from .submissions import SubmissionProblem, posting_text, upload_text

HONEYPOT = "website"


class HoneypotMixin(forms.Form):
    website = forms.CharField(
        required=False,
        label="Leave this empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_bot(self) -> bool:
        """Whether the hidden field was filled (only bots fill it)."""
        return bool(self.data.get(HONEYPOT))


class SubmitForm(HoneypotMixin):
    """Step one: the posting's text (pasted or uploaded) and where to send the confirmation link."""

    text = forms.CharField(
        label="The posting's text",
        required=False,
        strip=False,  # kept exactly as sent, for provenance
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text="Paste the whole posting: title, company, place, pay and description.",
    )
    upload = forms.FileField(
        label="Or upload a file",
        required=False,
        help_text="A text, Markdown or HTML file.",
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.md,.html,.htm,text/plain,text/html"}),
    )
    email = forms.EmailField(
        label="Your e-mail address",
        help_text="We send a link to confirm the posting, and tell you when it is approved.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean(self):
        data = super().clean()
        upload, text = data.get("upload"), data.get("text") or ""
        try:
            if upload:
                data["posting"] = upload_text(data=_read(upload), file_name=upload.name)
                data["file_name"] = upload.name
            elif text.strip():
                # Browsers send a textarea's line breaks as CRLF; the text as typed has plain newlines.
                data["posting"], data["file_name"] = posting_text(text.replace("\r\n", "\n")), ""
            else:
                raise SubmissionProblem("Paste the posting's text or choose a file.")
        except SubmissionProblem as problem:
            self.add_error("upload" if upload else "text", str(problem))
        return data


def _read(upload) -> bytes:
    # One byte more than the limit is enough to know it is over; the rest is never read.
    return upload.read(settings.SUBMISSION_MAX_BYTES + 1)


class CorrectionForm(HoneypotMixin):
    """Step two: the fields the parser found, for the submitter to check and correct."""

    title = forms.CharField(label="Job title", max_length=300)
    company = forms.CharField(label="Company", max_length=200)
    places = forms.CharField(
        label="Places",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One per line, e.g. “Berlin, DE”.",
    )
    work_mode = forms.ChoiceField(
        label="Work mode", required=False, choices=[("", "Not stated")] + WorkMode.choices
    )
    pay_min = forms.DecimalField(
        label="Pay from", required=False, max_digits=12, decimal_places=2, validators=[MinValueValidator(0)]
    )
    pay_max = forms.DecimalField(
        label="Pay up to", required=False, max_digits=12, decimal_places=2, validators=[MinValueValidator(0)]
    )
    currency = forms.RegexField(
        label="Currency", regex=r"^[A-Z]{3}$", max_length=3, initial="USD",
        help_text="Three letters, e.g. USD, EUR, GBP.",
        error_messages={"invalid": "Write the currency as three capital letters, e.g. EUR."},
    )  # fmt: skip
    period = forms.ChoiceField(label="Per", choices=PayPeriod.choices, initial=PayPeriod.YEAR)
    skills = forms.CharField(
        label="Skills",
        required=False,
        max_length=1000,
        help_text="Separated by commas, e.g. Python, SQL.",
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean(self):
        data = super().clean()
        low, high = data.get("pay_min"), data.get("pay_max")
        if low is not None and high is not None and low > high:
            self.add_error("pay_max", "The upper figure is below the lower one.")
        return data


class ReportForm(HoneypotMixin):
    """Report a listing: why, in a word and in the reporter's own words."""

    reason = forms.ChoiceField(label="What is wrong?", choices=ReportReason.choices, widget=forms.RadioSelect)
    details = forms.CharField(
        label="Details", required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    email = forms.EmailField(
        label="Your e-mail address (optional)",
        required=False,
        help_text="Only if you would like us to be able to ask you about it.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
