#include "testdatabase.h"
