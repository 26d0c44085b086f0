async def main():
    await 5

c = main()
try:
    c.send(None)
except TypeError as e:
    print(e)
class BadAwait:
    def __await__(self):
        return 3
async def m2():
    await BadAwait()
try:
    m2().send(None)
except TypeError as e:
    print(e)
