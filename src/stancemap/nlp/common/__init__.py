"""Helpers shared by every NLP stage: the ``Doc._`` extensions the stages read and write, and
character-offset look-ups of actors (``actor_at``, ``actor_by_id``)."""
