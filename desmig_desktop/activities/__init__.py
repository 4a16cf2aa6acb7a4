"""Kegiatan pemberdayaan — what several pillars record as the evidence of the empowerment stages of the seeds:
socialisation meetings and door-to-door visits (penyadaran), trainings (pengkapasitasan), and exhibitions,
bazaars and visits where groups promote their products (pendayaan). Who attended and which groups took part."""
