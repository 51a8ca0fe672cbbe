BEGIN {
  FS = ","
  split("ALT000B03,ALT003B06,ALT006B15,ALT015B18,ALT018B21,ALT021B35,ALT035B60,ALT060B65,ALT065B75,ALT075B80,ALT080UM", code, ",")
  split("unter 3 Jahre,3 bis unter 6 Jahre,6 bis unter 15 Jahre,15 bis unter 18 Jahre,18 bis unter 21 Jahre,21 bis unter 35 Jahre,35 bis unter 60 Jahre,60 bis unter 65 Jahre,65 bis unter 75 Jahre,75 bis unter 80 Jahre,80 Jahre und mehr", label, ",")
  vorn = "KOELN-EW;Einwohner nach Altersgruppen (Offene Daten Köln, umgeschrieben);STAG;Stichtag;2012-12-31;STADTTEIL;Stadtteile;"
  hinten = ";Anzahl;BEVSTD;Bevölkerungsstand"
  printf "\xef\xbb\xbfstatistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;2_variable_attribute_code;2_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label\n"
}
NR > 1 {
  sub(/\r$/, "")
  printf "%s%s;%s;ALTX11;Altersgruppen;;Insgesamt;%s%s\n", vorn, $1, $2, $3, hinten
  for (i = 1; i <= 11; i++) printf "%s%s;%s;ALTX11;Altersgruppen;%s;%s;%s%s\n", vorn, $1, $2, code[i], label[i], $(i + 3), hinten
}
