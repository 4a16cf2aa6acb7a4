"""Pusat Layanan Migrasi documents (information sheets, vacancy sheet, referral letter) and its recap section: report code never queries."""
