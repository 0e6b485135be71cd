    "5": {
        "title": "Servis Komisi",
        "company": "D.ream (Doğuş Restaurant Entertainment&Management)",
        "city": "İstanbul(Avr.), İstanbul(Asya)",
        "definition":"d.ream (Doğuş Restaurant Entertainment and Management) faaliyetlerine Mart 2012'de başlamış ve global olarak faaliyet gösterdiği restoran çeşitliliği ve sayısı ile F&B sektöründe lider bir konuma ulaşmıştır. Doğuş Grubu'nun desteğiyle d.ream, dünya çapında yarattığı yenilikçi yeme içme ve eğlence konseptleri ile hızla Türkiye'de pazar lideri ve uluslararası bir oyuncu haline geldi. Güçlü büyümesiyle d.ream, bugün itibariyle toplam 12 ülkede 140 restoran, 45 marka ve yaklaşık 7.000 çalışanı ile sektörde hizmet vermektedir. d.ream bünyesinde Servis Komisi pozisyonunda değerlendirilmek üzere takım arkadaşları arıyoruz. Tercihen Turizm Meslek Yüksek Okulu veya Turizm Meslek Lisesi mezunu  Tercihen restoran servis ve bar deneyimine sahip,  Tercihen iyi derecede İngilizce iletişim yeteneğine sahip İnsan ilişkilerinde başarılı, müşteri memnuniyetine önem veren  Dış görünüşüne özen gösteren, diksiyonu düzgün, dinamik  Ekip çalışmasına önem veren  Yeme içme sektöründe kariyer hedefleyen  Yoğun iş temposuna, vardiya sistemine ve esnek çalışma saatlerine uyum sağlayabilecek",
        "website": "kariyer.net",
        "link": "https://www.kariyer.net/is-ilani/d-ream-dogus-restaurant-entertainment-management-servis-komisi-2637597"
    },
