x = f"\N{NOT A NAME} {y}"
