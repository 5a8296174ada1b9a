"""The screens of the review app."""
