print("brokenpkg.sub_ok runs")
VALUE = 42
