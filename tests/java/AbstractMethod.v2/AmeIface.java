interface AmeIface { int size(); }
