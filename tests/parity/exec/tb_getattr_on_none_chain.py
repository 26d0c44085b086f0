def find(users, name):
    for u in users:
        if u['name'] == name:
            return u

user = find([{'name': 'x', 'email': 'x@e'}], 'y')
print(user['email'].lower())
