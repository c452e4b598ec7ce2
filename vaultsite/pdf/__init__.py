"""Print the site as PDFs: :mod:`book` assembles the vault into one HTML book, :mod:`printer` prints it
and the cheat sheet with headless Chromium, :mod:`polish` makes the PDFs' text extract as printed."""
