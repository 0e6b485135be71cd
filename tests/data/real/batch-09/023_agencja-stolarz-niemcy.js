{
	  "description": "Praca w firmie produkującej okna drewniane.\n\nZakres obowiązków:\n- wycinanie elementów drewnianych,\n- łączenie elementów za pomocą kleju, śrub, gwoździ lub zszywek,\n- szlifowanie,\n- heblowanie,\n- frezowanie,\n- oklejanie okien, \n- montarz uszczelek i złączek.\n\nWymagania:\n- doświadczenie przy produkcji okien min. rok,\n- znajomość języka niemieckiego A1,\n- aktualne badania lekarskie,\n- sprawność fizyczna.\n\nWarunki zatrudnienia:\n- umowa o pracę,\n- stawka 9,85 euro brutto/h,\n- wynagrodzenie miesięczne od 1500 euro brutto przy 152h,\n- możliwość nadgodzin do wypracowania,\n- system pracy dwuzmianowy,\n- zakwaterowanie zapewnia pracodawca, blisko miejsca pracy bez konieczności dojadu,\n- ubranie robocze po stronie pracownika, pracodawca zapewnia buty.",
	  "title": "Stolarz",
	  "address": "Niemcy, Langenwetzendorf",
	  "country": "DE",
	  "id": 10
}
