"""The portal crawler: listing pages → report files and inline reports → raw/, with a fetch log."""
