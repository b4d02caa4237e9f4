### Termes : comment ce site nomme ses clients (les entreprises dont le personnel se forme chez
### nous). Les phrases françaises emploient -customer au masculin (le, du, au, un).

-customer = client
-customers = clients
