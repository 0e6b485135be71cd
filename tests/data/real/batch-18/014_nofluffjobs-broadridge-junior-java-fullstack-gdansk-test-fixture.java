package pl.tomwodz.joboffers.feature;

import pl.tomwodz.joboffers.domain.clientoffer.dto.JobOfferResponse;

import java.util.List;

public interface SampleResponseIntegrationTest {

    default String bodyWithZeroOffersJson() {
        return "[]";
    }


    default String bodyWithFourOffersJson() {
        return """
                [
                   {
                            "title": "Junior Java Full Stack Developer",
                            "company": "Broadridge",
                            "salary": "9 000 - 11 000 PLN",
                            "offerUrl": "https://nofluffjobs.com/pl/job/junior-java-full-stack-developer-broadridge-gdansk-af8ukogy"
                   }
                   ]
                   """.trim();
    }




}
