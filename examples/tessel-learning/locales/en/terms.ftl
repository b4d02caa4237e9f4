### Terms: how this site names its customers (the companies whose staff learn with us).

-customer = customer
-customers = customers
