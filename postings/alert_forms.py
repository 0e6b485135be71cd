"""The sign-up form of a saved search: address, frequency, and a honeypot that people never fill."""

from django import forms

from .choices import AlertFrequency


class AlertForm(forms.Form):
    email = forms.EmailField(
        label="E-mail address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "inputmode": "email"}),
    )
    frequency = forms.ChoiceField(
        label="How often",
        choices=AlertFrequency.choices,
        initial=AlertFrequency.WEEKLY,
        widget=forms.RadioSelect,
    )
    # Hidden from people (and from assistive technology) by the template; bots fill every field they see.
    website = forms.CharField(
        label="Leave this empty",
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "alert-%s")
        super().__init__(*args, **kwargs)

    @property
    def is_bot(self) -> bool:
        """Whether the honeypot was filled (the request then looks accepted, and nothing is stored)."""
        return bool(self.cleaned_data.get("website", "").strip())
