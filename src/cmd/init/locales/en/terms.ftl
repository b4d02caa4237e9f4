### Terms: how this site names its customers. Change them to fit yours.

-customer = customer
-customers = customers
