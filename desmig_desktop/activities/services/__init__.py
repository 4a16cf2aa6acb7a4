"""Use cases of the activities: trainings and socialisation, promotion events."""
