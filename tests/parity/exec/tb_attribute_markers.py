class Config:
    pass

cfg = Config()
cfg.db = Config()
print(cfg.db.host.port)
