# -*- coding: utf-8 -*-
"""A Windows-edited, tab-indented module in an older style (CRLF line endings)."""
import os, sys
from os.path import join, exists, \
	splitext

DEBUG = 0
MAX_DEPTH = 0x10
MODES = ('r', 'w', 'a')

class Config(object):
	"""Configuration loaded from an INI-like file."""
	defaults = {
		'name': 'untitled',
		'size': 1024,
		'ratio': 1.5e-3,
	}

	def __init__(self, path=None, **overrides):
		self.path = path
		self.values = dict(self.defaults)
		self.values.update(overrides)
		if path is not None and exists(path):
			self.load(path)

	def load(self, path):
		section = None
		f = open(path)
		try:
			for lineno, line in enumerate(f):
				line = line.strip()
				if not line or line[0] in '#;':
					continue
				if line[0] == '[' and line[-1] == ']':
					section = line[1:-1].strip()
					continue
				if '=' not in line:
					raise ValueError('%s:%d: expected key = value' % (path, lineno + 1))
				key, value = [part.strip() for part in line.split('=', 1)]
				if section:
					key = section + '.' + key
				self.values[key] = self.convert(value)
		finally:
			f.close()

	@staticmethod
	def convert(value):
		for kind in (int, float):
			try:
				return kind(value)
			except ValueError:
				pass
		if value.lower() in ('yes', 'true', 'on'):
			return True
		elif value.lower() in ('no', 'false', 'off'):
			return False
		return value

	def get(self, key, default=None):
		return self.values.get(key, default)

	def __getitem__(self, key):
		return self.values[key]

	def __contains__(self, key):
		return key in self.values

	def __repr__(self):
		return 'Config(%r, %d values)' % (self.path, len(self.values))


def walk(top, depth=0):
	if depth > MAX_DEPTH:
		return
	try:
		names = os.listdir(top)
	except OSError as e:
		names = []
	for name in names:
		full = join(top, name)
		if os.path.isdir(full):
			for item in walk(full, depth + 1):
				yield item
		else:
			base, ext = splitext(name)
			yield full, base, ext


def main(argv):
	if len(argv) < 2:
		print >>sys.stderr, 'usage: %s DIR' % argv[0]
		return 2
	config = Config(**{'name': argv[1]})
	counts = {}
	for full, base, ext in walk(argv[1]):
		counts[ext] = counts.get(ext, 0) + 1
	for ext in sorted(counts):
		print('%-10s %5d' % (ext or '(none)', counts[ext]))
	if DEBUG:
		print(config)
	return 0


if __name__ == '__main__':
	sys.exit(main(sys.argv))
