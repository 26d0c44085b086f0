class Pause:
    def __await__(self):
        yield 'paused'

async def job():
    try:
        await Pause()
    except ValueError as e:
        print('job caught', e)
        return 'handled'
    finally:
        print('job finally')

c = job()
c.send(None)
try:
    c.throw(ValueError('x'))
except StopIteration as e:
    print('result', e.value)
c2 = job()
c2.send(None)
c2.close()
print('closed', c2.cr_frame)
